'use client';

import { useTranslations } from 'use-intl';
import { useState } from 'react';
import { resendInvitationAction, revokeInvitationAction } from '@/app/(account)/account/users/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { formatDateTime } from '@/lib/ui/format';
import { ConfirmButton } from './confirm-button';

/** Resend (a fresh link and expiry) or revoke a pending invitation. */
export function InvitationActions({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations('account.users.invitationActions');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        disabled={pending}
        aria-label={t('resendTheInvitationTo', { email: email })}
        onClick={async () => {
          setPending(true);
          const result = await resendInvitationAction(null, { invitationId });
          setPending(false);
          setMessage(
            result.ok
              ? { tone: 'success', text: t('sentAgainTheNew', { expiresAt: formatDateTime(result.data.expiresAt) }) }
              : { tone: 'error', text: result.error },
          );
        }}
      >
        {pending ? t('sending') : t('resend')}
      </Button>
      <ConfirmButton
        label={t('revoke')}
        buttonLabel={t('revokeTheInvitationTo', { email: email })}
        title={t('revokeThisInvitation')}
        body={t('theLinkSentTo', { email: email })}
        confirmLabel={t('revokeInvitation')}
        pendingLabel={t('revoking')}
        onConfirm={async () => {
          const result = await revokeInvitationAction(null, { invitationId });
          return result.ok ? null : result.error;
        }}
      />
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
