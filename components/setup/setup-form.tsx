'use client';

import { useEffect } from 'react';
import { completeSetupAction } from '@/app/(auth)/setup/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

/** Posts with and without JavaScript: a form posting to the server action (useFormAction). */
export function SetupForm({
  initialToken,
  defaultOrganizationName,
  passwordMinLength,
}: {
  initialToken: string;
  defaultOrganizationName: string;
  passwordMinLength: number;
}) {
  const { state, formProps, pending } = useFormAction(completeSetupAction);
  // A token that came in the link moves into the form; the address bar (and history) forget it.
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('token')) window.history.replaceState(null, '', '/setup');
  }, []);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors;
  const tokenFromLink = initialToken !== '' && !errors?.token;
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      {tokenFromLink ? (
        <>
          <input type="hidden" name="token" value={initialToken} />
          <Alert tone="info">The setup token from your link is filled in.</Alert>
        </>
      ) : (
        <Field
          label="Setup token"
          name="token"
          autoComplete="off"
          spellCheck={false}
          required
          hint="Printed to the server log at start, after “First-run setup token:”. It works once, for 24 hours."
          errors={errors?.token}
        />
      )}
      <Field
        label="Organization name"
        name="organizationName"
        defaultValue={failed?.values?.organizationName ?? defaultOrganizationName}
        hint="Your company, as customers and visitors will see it."
        errors={errors?.organizationName}
      />
      <Field
        label="Your name"
        name="name"
        autoComplete="name"
        required
        defaultValue={failed?.values?.name}
        errors={errors?.name}
      />
      <Field
        label="Your email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={failed?.values?.email}
        errors={errors?.email}
      />
      <Field
        label="Password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${passwordMinLength} characters; a passphrase of a few words works well.`}
        errors={errors?.newPassword}
      />
      <Field
        label="Password again"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors?.confirmPassword}
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Setting up…' : 'Create organization and owner'}
      </Button>
    </form>
  );
}
