'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { passwordSignInAction } from '@/app/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const { state, setState, onSubmit, pending } = useFormAction(passwordSignInAction, {
    onSuccess: async (data) => {
      if (data.next !== 'complete') {
        setState({ ok: false, code: 'INTERNAL', error: 'This account needs a second factor, which this server cannot check yet.' });
        return;
      }
      // The password step succeeded; next-auth turns the one-time ticket into the session cookie.
      const res = await signIn('ticket', { ticket: data.ticket, redirect: false });
      if (res?.ok) {
        router.replace(next);
        router.refresh();
      } else {
        setState({ ok: false, code: 'UNAUTHENTICATED', error: 'Your sign-in could not be completed. Please try again.' });
      }
    },
  });
  const error = state && !state.ok ? state : null;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && !error.fieldErrors ? <Alert tone="error">{error.error}</Alert> : null}
      <Field label="Email" name="email" type="email" autoComplete="username" required errors={error?.fieldErrors?.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={error?.fieldErrors?.password}
      />
      <div className="flex items-center justify-between gap-4">
        <Button type="submit" disabled={pending || state?.ok}>
          {pending || state?.ok ? 'Signing in…' : 'Sign in'}
        </Button>
        <Link href="/forgot-password" className="text-sm">
          Forgot your password?
        </Link>
      </div>
    </form>
  );
}
