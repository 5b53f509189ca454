import type { Metadata } from 'next';
import Link from 'next/link';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { Alert } from '@/components/ui/alert';
import { getConfig } from '@/lib/config';
import { queryInput, type SearchParams } from '@/lib/validation/input';

// The token in this URL goes to no other site; 'no-referrer' would also make the form's POST carry
// `Origin: null`, which the origin gate (lib/http/origin-gate.mjs) refuses.
export const metadata: Metadata = { title: 'Choose a new password', referrer: 'same-origin' };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { token } = queryInput(await searchParams);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Choose a new password</h1>
        <p className="mt-1 text-fg-muted">
          All your sessions will be signed out. Afterwards, sign in with the new password.
        </p>
      </div>
      {token ? (
        <ResetPasswordForm token={token} minLength={getConfig().passwordMinLength} />
      ) : (
        <Alert tone="error">
          This reset link is incomplete. Open the link from the email again, or{' '}
          <Link href="/forgot-password">ask for a new one</Link>.
        </Alert>
      )}
    </div>
  );
}
