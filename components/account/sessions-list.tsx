'use client';

import { useTranslations } from 'use-intl';
import { revokeOtherSessionsAction, revokeSessionAction } from '@/app/(account)/account/security/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { SessionDTO } from '@/lib/auth/sessions-dto';
import { formatDateTime } from '@/lib/ui/format';
import { DataTable } from '@/components/ui/data-table';
import { useFormAction } from '@/components/ui/use-form-action';
import { SsoSessionNote } from '@/components/sso/sso-session-note';

function RevokeButton({ session }: { session: SessionDTO }) {
  const t = useTranslations('account.account.sessionsList');
  const { state, formProps, pending } = useFormAction(revokeSessionAction);
  return (
    <form {...formProps}>
      <input type="hidden" name="sessionId" value={session.id} />
      <Button
        type="submit"
        variant="secondary"
        disabled={pending}
        aria-label={
          session.ip
            ? t('signOutDeviceAt', { device: session.device, ip: session.ip })
            : t('signOutDevice', { device: session.device })
        }
      >
        {pending ? t('signingOut') : t('signOut')}
      </Button>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
    </form>
  );
}

export function SessionsList({ sessions }: { sessions: SessionDTO[] }) {
  const t = useTranslations('account.account.sessionsList');
  const revokeOthers = useFormAction(revokeOtherSessionsAction);
  const othersState = revokeOthers.state;
  const others = sessions.filter((s) => !s.current).length;
  return (
    <div className="space-y-4">
      {othersState?.ok ? (
        <Alert tone="success">
          {othersState.data.revoked === 1
            ? t('n1OtherSessionWas')
            : t('otherSessionsWereSigned', { revoked: othersState.data.revoked })}
        </Alert>
      ) : null}
      <DataTable
        caption={t('yourActiveSessions')}
        columns={[t('device'), t('ipAddress'), t('signedIn'), t('lastActive'), { label: t('actions'), srOnly: true }]}
      >
        {sessions.map((s) => (
          <tr key={s.id} className="border-b border-border align-middle">
            <td className="py-3 pr-4">
              {s.device}
              {s.current ? (
                <span className="ml-2 rounded bg-bg-subtle px-2 py-0.5 text-xs font-semibold">{t('thisDevice')}</span>
              ) : null}
              <SsoSessionNote sso={s.sso} />
            </td>
            <td className="py-3 pr-4 font-mono">{s.ip ?? t('unknown')}</td>
            <td className="py-3 pr-4">{formatDateTime(s.createdAt)}</td>
            <td className="py-3 pr-4">{formatDateTime(s.lastSeenAt)}</td>
            <td className="py-3">{s.current ? null : <RevokeButton session={s} />}</td>
          </tr>
        ))}
      </DataTable>
      {others > 0 ? (
        <form {...revokeOthers.formProps}>
          <Button type="submit" variant="danger" disabled={revokeOthers.pending}>
            {revokeOthers.pending ? t('signingOut') : t('signOutAllOther')}
          </Button>
        </form>
      ) : (
        <p className="text-sm text-fg-muted">{t('thisIsYourOnly')}</p>
      )}
    </div>
  );
}
