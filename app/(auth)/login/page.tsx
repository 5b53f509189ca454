import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { Alert } from '@/components/ui/alert';
import { verifySession } from '@/lib/dal';
import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { readNote } from '@/lib/sso/cookies';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = queryInput(await searchParams);
  const next = safeReturnPath(params.next, '/account');
  if (await verifySession()) redirect(next);
  // An SSO sign-in that failed: its message (what to do) was left by /api/sso/callback in a sealed cookie.
  const ssoFailure = params.sso === 'failed' ? await readNote<{ message: string }>('sign-in') : null;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Sign in</h1>
        <p className="mt-1 text-fg-muted">To your account console or the trust-center studio.</p>
      </div>
      {params.signedOut ? <Alert tone="success">You are signed out.</Alert> : null}
      {params.reset ? <Alert tone="success">Your password was changed. Sign in with your new password.</Alert> : null}
      {params.sso === 'failed' ? (
        <Alert tone="error">
          Single sign-on did not complete. {ssoFailure?.message ?? 'Start again from this page.'}
        </Alert>
      ) : null}
      {params.error ? <Alert tone="error">Your sign-in could not be completed. Please sign in again.</Alert> : null}
      {params.accountDeleted ? <Alert tone="success">Your account was deleted and you are signed out.</Alert> : null}
      <LoginForm next={next} />
      {getConfig().signup.mode !== 'off' ? (
        <p className="text-sm">
          New here? <Link href="/signup">Create an organization</Link>
        </p>
      ) : null}
    </div>
  );
}
