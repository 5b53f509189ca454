'use client';

import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  WebAuthnAbortService,
} from '@simplewebauthn/browser';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'use-intl';
import { passkeyRequestOptions } from './passkey-options';
import { passkeySignInAction } from '@/app/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/errors';
import { webauthnProblemKey } from './passkeys-panel';

const noSubscription = () => () => {};

type Finish = (ticket: string, enrol: 'suggested' | 'required' | null) => Promise<ActionResult<never> | null>;

/**
 * "Sign in with a passkey" (discoverable credentials, user verification required), plus the same offer
 * in the email field's autofill when the browser supports conditional UI.
 */
export function PasskeySignIn({ onTicket, disabled }: { onTicket: Finish; disabled: boolean }) {
  const t = useTranslations('auth.passkey');
  // False on the server and in browsers without WebAuthn: the button appears only where it can work.
  const supported = useSyncExternalStore(noSubscription, browserSupportsWebAuthn, () => false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onTicketRef = useRef(onTicket);
  useEffect(() => {
    onTicketRef.current = onTicket;
  });

  async function complete(response: Awaited<ReturnType<typeof startAuthentication>>) {
    const result = await passkeySignInAction(null, { response: response as never });
    if (!result.ok) return setError(result.error);
    const failed = await onTicketRef.current(result.data.ticket, result.data.enrol);
    if (failed && !failed.ok) setError(failed.error);
  }

  useEffect(() => {
    let cancelled = false;
    (async () => {
      if (!(await browserSupportsWebAuthnAutofill())) return;
      const options = await passkeyRequestOptions();
      if (!options || cancelled) return;
      try {
        const response = await startAuthentication({ optionsJSON: options, useBrowserAutofill: true });
        if (!cancelled) await complete(response);
      } catch {
        // Cancelled, or replaced by the button's own request: nothing to tell.
      }
    })();
    return () => {
      cancelled = true;
      WebAuthnAbortService.cancelCeremony();
    };
  }, []);

  if (!supported) return null;
  return (
    <div className="space-y-3 border-t border-border pt-6">
      <p className="text-sm text-fg-muted">{t('offer')}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        variant="secondary"
        className="w-full"
        disabled={disabled || pending}
        onClick={async () => {
          setError(null);
          setPending(true);
          try {
            const options = await passkeyRequestOptions();
            if (!options) return setError(t('unavailable'));
            let response;
            try {
              response = await startAuthentication({ optionsJSON: options });
            } catch (err) {
              return setError(t(`problems.${webauthnProblemKey(err, 'use')}`));
            }
            await complete(response);
          } finally {
            setPending(false);
          }
        }}
      >
        {pending ? t('waiting') : t('submit')}
      </Button>
    </div>
  );
}
