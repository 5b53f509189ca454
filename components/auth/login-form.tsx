'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { passwordSignInAction, passwordSignInFormAction } from '@/app/(auth)/actions';
import { SsoChoice, useSsoLookUp } from '@/components/sso/sso-choice';
import { PasskeySignIn } from '@/components/mfa/passkey-sign-in';
import { SecondFactorStep, type SecondStepMethod } from '@/components/mfa/second-factor-step';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionResult } from '@/lib/errors';
import { useLocalePath } from '@/components/i18n/locale-context';

type Enrol = 'suggested' | 'required' | null;

/**
 * Sign-in: password, then — when the account has second factors — the second step; or a passkey alone.
 * Every path ends with a one-time SESSION ticket that next-auth turns into the session cookie.
 */
export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const t = useTranslations('auth.login');
  const href = useLocalePath();
  const [secondStep, setSecondStep] = useState<{ ticket: string; methods: SecondStepMethod[] } | null>(null);
  const [finishing, setFinishing] = useState(false);
  const sso = useSsoLookUp();

  /** Redeems a SESSION ticket; an organization that requires 2FA sends members without it to enrol. */
  async function finish(ticket: string, enrol: Enrol): Promise<ActionResult<never> | null> {
    setFinishing(true);
    const res = await signIn('ticket', { ticket, redirect: false });
    if (!res?.ok) {
      setFinishing(false);
      return { ok: false, code: 'UNAUTHENTICATED', error: t('notCompleted') };
    }
    router.replace(enrol ? href(`/two-factor/setup?next=${encodeURIComponent(next)}`) : next);
    router.refresh();
    return null;
  }

  const { state, setState, formProps, pending } = useFormAction(passwordSignInAction, {
    // Before the JavaScript has loaded: the server signs in and redirects (or opens /login/second-factor).
    noJsAction: passwordSignInFormAction,
    onSuccess: async (data) => {
      if (data.next === 'second-factor') {
        setSecondStep({ ticket: data.ticket, methods: data.factors as SecondStepMethod[] });
        return;
      }
      const failed = await finish(data.ticket, data.enrol);
      if (failed) setState(failed);
    },
  });

  if (secondStep) {
    return (
      <SecondFactorStep
        ticket={secondStep.ticket}
        methods={secondStep.methods}
        onComplete={(ticket, enrol) => finish(ticket, enrol)}
        onRestart={() => {
          setSecondStep(null);
          setState(null);
        }}
      />
    );
  }

  const error = state && !state.ok ? state : null;
  const busy = pending || finishing || !!state?.ok;
  return (
    <div className="space-y-6">
      <form {...formProps} className="space-y-4" noValidate>
        <input type="hidden" name="next" value={next} />
        {error && !error.fieldErrors ? <Alert tone="error">{error.error}</Alert> : null}
        {/* "webauthn": the browser offers saved passkeys right in this field (conditional UI). */}
        <Field
          label={t('email')}
          name="email"
          type="email"
          autoComplete="username webauthn"
          required
          errors={error?.fieldErrors?.email}
          onChange={(e) => sso.check(e.currentTarget.value)}
          onBlur={(e) => sso.check(e.currentTarget.value, true)}
        />
        <SsoChoice sso={sso} next={next} />
        <div hidden={sso.hidesPassword} className="space-y-4">
          <Field
            label={t('password')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            errors={error?.fieldErrors?.password}
            // Typed or filled by a password manager: an SSO answer arriving now must not hide it mid-typing.
            onChange={(e) => {
              if (e.currentTarget.value) sso.usePassword();
            }}
          />
        </div>
        <div hidden={sso.hidesPassword} className="flex items-center justify-between gap-4">
          <Button type="submit" disabled={busy}>
            {busy ? t('submitting') : t('submit')}
          </Button>
          <Link href={href('/forgot-password')} className="text-sm">
            {t('forgot')}
          </Link>
        </div>
      </form>
      <PasskeySignIn onTicket={finish} disabled={busy} />
    </div>
  );
}
