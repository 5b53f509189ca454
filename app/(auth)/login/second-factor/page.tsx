import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SecondFactorForms } from '@/components/auth/second-factor-forms';
import { Alert } from '@/components/ui/alert';
import { pendingSignInTicket } from '@/lib/auth/server-side-sign-in';
import { verifySession } from '@/lib/dal';
import { safeReturnPath } from '@/lib/http/safe-return-path';

export const metadata: Metadata = { title: 'Two-factor authentication', robots: { index: false } };

// Reached after the password step without JavaScript (passwordSignInFormAction); with JavaScript the
// second step happens inside the sign-in page, passkeys included.
export default async function SecondFactorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const query = await searchParams;
  const next = safeReturnPath(query.next, '/account');
  if (await verifySession()) redirect(next);
  const pending = await pendingSignInTicket();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Two-factor authentication</h1>
        <p className="mt-1 text-fg-muted">
          Enter the 6-digit code from your authenticator app, or one of your recovery codes.
        </p>
      </div>
      {query.sso ? (
        <Alert tone="info">
          You signed in with single sign-on. Your identity provider did not confirm multi-factor authentication, so your
          second factor is asked here.
        </Alert>
      ) : null}
      {pending ? (
        <SecondFactorForms next={next} />
      ) : (
        <Alert tone="error">
          Your sign-in expired. <Link href={`/login?next=${encodeURIComponent(next)}`}>Sign in again</Link>.
        </Alert>
      )}
      <p className="text-sm text-fg-muted">
        A passkey or security key needs JavaScript: turn it on and sign in again to use one.
      </p>
    </div>
  );
}
