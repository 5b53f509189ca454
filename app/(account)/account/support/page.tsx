import { getConsoleTranslator } from '@/lib/i18n/console';
import type { Metadata } from 'next';
import { OpenGrantButton } from '@/components/support-access/open-grant-button';
import { requirePermission } from '@/lib/dal';
import { listMySupportGrants } from '@/lib/support-access/list-my-support-grants';
import { formatDateTime } from '@/lib/ui/format';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.support');
  return { title: t('metaTitle') };
}

/** Vendor staff: the customer accounts that granted access, and nothing else. */
export default async function SupportSessionsPage() {
  const t = await getConsoleTranslator('account.page.support');
  const ctx = await requirePermission('support:act');
  const grants = await listMySupportGrants(ctx);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t('supportSessions')}</h1>
        <p className="mt-1 max-w-2xl text-fg-muted">{t('customerAccountsWhoseAdministrators')}</p>
      </div>
      {grants.length ? (
        <ul className="space-y-4">
          {grants.map((g) => (
            <li key={g.id} className="rounded-md border border-border p-4">
              <div className="flex flex-wrap items-start justify-between gap-4">
                <div className="space-y-1">
                  <h2 className="text-lg font-semibold">{g.organizationName}</h2>
                  <p className="text-sm">
                    <span className="font-mono">{g.reference}</span> ·{' '}
                    {g.readOnly ? t('readOnly') : t('actingAs', { scopeLabel: g.scopeLabel })}
                    {g.personal ? t('grantedToYouBy') : t('grantedToTheSupport')}
                  </p>
                  <p className="text-sm">{t('reason', { reason: g.reason })}</p>
                  <p className="text-sm text-fg-muted">
                    {t('grantedByEnds', { grantedBy: g.grantedBy, expiresAt: formatDateTime(g.expiresAt) })}
                  </p>
                </div>
                <OpenGrantButton grantId={g.id} organization={g.organizationName} />
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-fg-muted">{t('noCustomerHasGranted')}</p>
      )}
    </div>
  );
}
