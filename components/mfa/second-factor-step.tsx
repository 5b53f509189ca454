'use client';

import { startAuthentication } from '@simplewebauthn/browser';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { secondFactorAction, secondFactorPasskeyOptionsAction } from '@/app/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { ActionResult } from '@/lib/errors';
import { FieldAlert } from './field-alert';
import { webauthnProblemKey } from './passkeys-panel';
import { TotpCodeField } from './totp-code-field';
import { useFormAction } from '@/components/ui/use-form-action';

export type SecondStepMethod = 'totp' | 'webauthn' | 'recovery-code';
type Enrol = 'suggested' | 'required' | null;

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
  const t = useTranslations('auth.secondFactor');
  const tPasskey = useTranslations('auth.passkey');
  const [method, setMethod] = useState<SecondStepMethod>(
    methods.includes('totp') ? 'totp' : (methods[0] ?? 'recovery-code'),
  );
  const [passkeyPending, setPasskeyPending] = useState(false);
  // The browser's ceremony and finishing the sign-in: failures that are not the action's own answer.
  const [problem, setProblem] = useState<{ message: string; code?: string; field?: string[] } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  // The code form posts (method, code, ticket) through the one form hook; a passkey's answer goes through run().
  const verify = useFormAction(secondFactorAction, {
    onSuccess: async (data) => {
      const failed = await onComplete(data.ticket, data.enrol);
      if (failed && !failed.ok) setProblem({ message: failed.error, code: failed.code });
    },
  });
  const refused = verify.state && !verify.state.ok ? verify.state : null;
  const error =
    problem ?? (refused ? { message: refused.error, code: refused.code, field: refused.fieldErrors?.code } : null);
  const pending = verify.pending || passkeyPending;

  async function usePasskey() {
    setProblem(null);
    verify.setState(null);
    setPasskeyPending(true);
    try {
      const options = await secondFactorPasskeyOptionsAction(null, { ticket });
      if (!options.ok) {
        setProblem({ message: options.error, code: options.code });
        return;
      }
      let response;
      try {
        response = await startAuthentication({ optionsJSON: options.data });
      } catch (err) {
        setProblem({ message: tPasskey(`problems.${webauthnProblemKey(err, 'use')}`) });
        return;
      }
      const result = await verify.run({ method: 'webauthn', response, ticket } as never);
      if (result.ok) {
        const failed = await onComplete(result.data.ticket, result.data.enrol);
        if (failed && !failed.ok) setProblem({ message: failed.error, code: failed.code });
      }
    } finally {
      setPasskeyPending(false);
    }
  }

  const expired = error?.code === 'UNAUTHENTICATED';
  const others = methods.filter((m) => m !== method);
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none">
          {t('heading')}
        </h2>
        <p className="text-sm text-fg-muted">
          {method === 'totp' ? t('leadTotp') : method === 'webauthn' ? t('leadWebauthn') : t('leadRecovery')}
        </p>
      </div>
      {error && !error.field ? <Alert tone="error">{error.message}</Alert> : <FieldAlert errors={error?.field} />}
      {expired ? (
        <Button onClick={onRestart}>{t('signInAgain')}</Button>
      ) : method === 'webauthn' ? (
        <Button onClick={usePasskey} disabled={pending}>
          {pending ? t('waitingForPasskey') : t('usePasskey')}
        </Button>
      ) : (
        <form
          key={method}
          {...verify.formProps}
          onSubmit={(event) => {
            setProblem(null);
            verify.onSubmit(event);
          }}
          method="post"
          className="space-y-4"
          noValidate
        >
          <input type="hidden" name="method" value={method} />
          <input type="hidden" name="ticket" value={ticket} />
          {method === 'totp' ? (
            <TotpCodeField label={t('code')} errors={error?.field} />
          ) : (
            <Field
              label={t('recoveryCode')}
              name="code"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={64}
              required
              autoFocus
              hint={t('recoveryHint')}
              errors={error?.field}
            />
          )}
          <Button type="submit" disabled={pending}>
            {pending ? t('verifying') : t('verify')}
          </Button>
        </form>
      )}
      {!expired && others.length ? (
        <div className="space-y-2 border-t border-border pt-4">
          <p className="text-sm font-medium">{t('otherWays')}</p>
          <ul className="space-y-1">
            {others.map((m) => (
              <li key={m}>
                <button
                  type="button"
                  className="text-sm text-link underline"
                  onClick={() => {
                    setProblem(null);
                    verify.setState(null);
                    setMethod(m);
                  }}
                >
                  {t(`switch.${m}`)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!expired ? (
        <button type="button" className="text-sm text-fg-muted underline" onClick={onRestart}>
          {t('cancel')}
        </button>
      ) : null}
    </div>
  );
}
