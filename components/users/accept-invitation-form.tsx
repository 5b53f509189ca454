'use client';

import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import {
  acceptWithExistingAccountAction,
  acceptWithNewAccountAction,
  acceptWithNewAccountFormAction,
} from '@/app/(auth)/invitation/actions';
import { NewPasswordFields } from '@/components/auth/new-password-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { useLocalePath } from '@/components/i18n/locale-context';
import { FormError } from './form-error';

/** Creates the account (name and password under the policy), then signs in with the one-time ticket. */
export function AcceptWithNewAccountForm({
  token,
  email,
  organization,
  minLength,
}: {
  token: string;
  email: string;
  organization: string;
  minLength: number;
}) {
  const router = useRouter();
  const t = useTranslations('auth.invitation');
  const href = useLocalePath();
  const { state, setState, formProps, pending } = useFormAction(acceptWithNewAccountAction, {
    noJsAction: acceptWithNewAccountFormAction,
    onSuccess: async (data) => {
      const res = await signIn('ticket', { ticket: data.ticket, redirect: false });
      if (res?.ok) {
        router.replace(data.next);
        router.refresh();
      } else {
        // The account exists and the invitation is used: a normal sign-in finishes the job.
        router.replace(href(`/login?next=${encodeURIComponent(data.next)}`));
      }
      void setState;
    },
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const tokenError = errors?.token;
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {tokenError ? <Alert tone="error">{tokenError.join(' ')}</Alert> : <FormError state={state} />}
      <input type="hidden" name="token" value={token} />
      <div className="space-y-1">
        <p className="text-sm font-medium">{t('email')}</p>
        <p className="break-all">{email}</p>
      </div>
      <Field label={t('name')} name="name" autoComplete="name" required maxLength={100} errors={errors?.name} />
      <NewPasswordFields
        errors={errors}
        minLength={minLength}
        userInputs={[email, organization]}
        label={t('password')}
      />
      <Button type="submit" disabled={pending || state?.ok}>
        {pending || state?.ok ? t('creating') : t('create', { organization })}
      </Button>
    </form>
  );
}

/** Adds the organization to the signed-in account. */
export function AcceptWithExistingAccountButton({ token, organization }: { token: string; organization: string }) {
  const router = useRouter();
  const t = useTranslations('auth.invitation');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const r = await acceptWithExistingAccountAction(null, { token });
          if (r.ok) {
            router.replace(r.data.next);
            router.refresh();
          } else {
            setPending(false);
            setError(r.error);
          }
        }}
      >
        {pending ? t('joining') : t('join', { organization })}
      </Button>
    </div>
  );
}
