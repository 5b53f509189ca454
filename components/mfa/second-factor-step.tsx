'use client';

import { startAuthentication } from '@simplewebauthn/browser';
import { useEffect, useRef, useState } from 'react';
import { secondFactorAction, secondFactorPasskeyOptionsAction } from '@/app/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { ActionResult } from '@/lib/errors';
import { FieldAlert } from './field-alert';
import { webauthnProblem } from './passkeys-panel';
import { TotpCodeField } from './totp-code-field';

export type SecondStepMethod = 'totp' | 'webauthn' | 'recovery-code';
type Enrol = 'suggested' | 'required' | null;

const SWITCH_LABEL: Record<SecondStepMethod, string> = {
  totp: 'Use your authenticator app',
  webauthn: 'Use a passkey or security key',
  'recovery-code': 'Use a recovery code',
};

/** Step two of sign-in: choose among the account's factors; "use a recovery code" as the way back in. */
export function SecondFactorStep({
  ticket,
  methods,
  onComplete,
  onRestart,
}: {
  ticket: string;
  methods: SecondStepMethod[];
  onComplete: (ticket: string, enrol: Enrol) => Promise<ActionResult<never> | null>;
  onRestart: () => void;
}) {
  const [method, setMethod] = useState<SecondStepMethod>(
    methods.includes('totp') ? 'totp' : (methods[0] ?? 'recovery-code'),
  );
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; code?: string; field?: string[] } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function submit(
    input: { method: 'totp' | 'recovery-code'; code: string } | { method: 'webauthn'; response: unknown },
  ) {
    setPending(true);
    setError(null);
    const result = await secondFactorAction(null, { ...input, ticket } as never);
    if (!result.ok) {
      setPending(false);
      setError({ message: result.error, code: result.code, field: result.fieldErrors?.code });
      return;
    }
    const failed = await onComplete(result.data.ticket, result.data.enrol);
    if (failed && !failed.ok) {
      setPending(false);
      setError({ message: failed.error, code: failed.code });
    }
  }

  async function usePasskey() {
    setError(null);
    setPending(true);
    const options = await secondFactorPasskeyOptionsAction(null, { ticket });
    if (!options.ok) {
      setPending(false);
      setError({ message: options.error, code: options.code });
      return;
    }
    let response;
    try {
      response = await startAuthentication({ optionsJSON: options.data });
    } catch (err) {
      setPending(false);
      setError({ message: webauthnProblem(err, 'use') });
      return;
    }
    await submit({ method: 'webauthn', response });
  }

  const expired = error?.code === 'UNAUTHENTICATED';
  const others = methods.filter((m) => m !== method);
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none">
          Two-factor authentication
        </h2>
        <p className="text-sm text-fg-muted">
          {method === 'totp'
            ? 'Enter the 6-digit code from your authenticator app.'
            : method === 'webauthn'
              ? 'Use a passkey or security key registered to your account.'
              : 'Enter one of the recovery codes you saved when you set up two-factor authentication. Each code works once.'}
        </p>
      </div>
      {error && !error.field ? <Alert tone="error">{error.message}</Alert> : <FieldAlert errors={error?.field} />}
      {expired ? (
        <Button onClick={onRestart}>Sign in again</Button>
      ) : method === 'webauthn' ? (
        <Button onClick={usePasskey} disabled={pending}>
          {pending ? 'Waiting for your passkey…' : 'Use passkey or security key'}
        </Button>
      ) : (
        <form
          key={method}
          method="post"
          className="space-y-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const code = String(new FormData(event.currentTarget).get('code') ?? '');
            void submit({ method: method as 'totp' | 'recovery-code', code });
          }}
        >
          {method === 'totp' ? (
            <TotpCodeField label="Authentication code" errors={error?.field} />
          ) : (
            <Field
              label="Recovery code"
              name="code"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={64}
              required
              autoFocus
              hint="It looks like ABCD-EFGH-JKMN-PQRS."
              errors={error?.field}
            />
          )}
          <Button type="submit" disabled={pending}>
            {pending ? 'Verifying…' : 'Verify'}
          </Button>
        </form>
      )}
      {!expired && others.length ? (
        <div className="space-y-2 border-t border-border pt-4">
          <p className="text-sm font-medium">Other ways to sign in</p>
          <ul className="space-y-1">
            {others.map((m) => (
              <li key={m}>
                <button
                  type="button"
                  className="text-sm text-link underline"
                  onClick={() => {
                    setError(null);
                    setMethod(m);
                  }}
                >
                  {SWITCH_LABEL[m]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!expired ? (
        <button type="button" className="text-sm text-fg-muted underline" onClick={onRestart}>
          Cancel and start over
        </button>
      ) : null}
    </div>
  );
}
