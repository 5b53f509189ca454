'use client';

import { useTranslations } from 'use-intl';
import { revokeSupportGrantAction } from '@/app/(account)/account/support-access/actions';
import { ConfirmButton } from '@/components/users/confirm-button';
import type { SupportGrantDTO } from '@/lib/support-access/dto';
import { formatDateTime } from '@/lib/ui/format';
import { DataTable } from '@/components/ui/data-table';

const STATE = {
  active: 'border-ok text-ok',
  expired: 'border-border text-fg-muted',
  revoked: 'border-danger text-danger',
} as const;

export function GrantsTable({ grants, canManage }: { grants: SupportGrantDTO[]; canManage: boolean }) {
  const t = useTranslations('account.supportAccess.grantsTable');
  if (!grants.length) return <p className="text-fg-muted">{t('noSupportAccessHas')}</p>;
  return (
    <div className="relative overflow-x-auto">
      <DataTable
        caption={t('supportAccessGrants')}
        columns={[
          t('grant'),
          t('whoAndWhat'),
          t('reason'),
          t('ends'),
          t('state'),
          { label: t('actions'), srOnly: true },
        ]}
      >
        {grants.map((g) => (
          <tr key={g.id} className="border-b border-border align-top">
            <td className="py-3 pr-4">
              <span className="whitespace-nowrap font-mono">{g.reference}</span>
              <span className="block text-xs text-fg-muted">{t('by', { grantedBy: g.grantedBy })}</span>
            </td>
            <td className="py-3 pr-4">
              {g.grantee}
              <span className="block text-xs text-fg-muted">{g.scopeLabel}</span>
            </td>
            <td className="py-3 pr-4">{g.reason}</td>
            <td className="whitespace-nowrap py-3 pr-4">{formatDateTime(g.expiresAt)}</td>
            <td className="py-3 pr-4">
              <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STATE[g.state]}`}>
                {t(`grantState.${g.state}`)}
              </span>
              <span className="block text-xs text-fg-muted">
                {g.firstUsedAt ? t('firstUsed', { firstUsedAt: formatDateTime(g.firstUsedAt) }) : t('notUsedYet')}
              </span>
              {g.revokedBy ? (
                <span className="block text-xs text-fg-muted">{t('revokedBy', { revokedBy: g.revokedBy })}</span>
              ) : null}
            </td>
            <td className="py-3">
              {canManage && g.state === 'active' ? (
                <ConfirmButton
                  label={t('revoke')}
                  buttonLabel={t('revokeGrant', { reference: g.reference })}
                  title={t('revokeGrant2', { reference: g.reference })}
                  body={t('supportStaffLoseAccess')}
                  confirmLabel={t('revoke')}
                  pendingLabel={t('revoking')}
                  onConfirm={async () => {
                    const r = await revokeSupportGrantAction(null, { grantId: g.id });
                    return r.ok ? null : r.error;
                  }}
                />
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
