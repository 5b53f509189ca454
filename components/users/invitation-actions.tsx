'use client';

import { useState } from 'react';
import { resendInvitationAction, revokeInvitationAction } from '@/app/(account)/account/users/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { formatDateTime } from '@/lib/ui/format';
import { ConfirmButton } from './confirm-button';

/** Resend (a fresh link and expiry) or revoke a pending invitation. */
export function InvitationActions({ invitationId, email }: { invitationId: string; email: string }) {
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        disabled={pending}
        aria-label={`Resend the invitation to ${email}`}
        onClick={async () => {
          setPending(true);
          const result = await resendInvitationAction(null, { invitationId });
          setPending(false);
          setMessage(
            result.ok
              ? { tone: 'success', text: `Sent again; the new link expires ${formatDateTime(result.data.expiresAt)}.` }
              : { tone: 'error', text: result.error },
          );
        }}
      >
        {pending ? 'Sending…' : 'Resend'}
      </Button>
      <ConfirmButton
        label="Revoke"
        buttonLabel={`Revoke the invitation to ${email}`}
        title="Revoke this invitation?"
        body={`The link sent to ${email} stops working at once. You can invite them again later.`}
        confirmLabel="Revoke invitation"
        pendingLabel="Revoking…"
        onConfirm={async () => {
          const result = await revokeInvitationAction(null, { invitationId });
          return result.ok ? null : result.error;
        }}
      />
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
