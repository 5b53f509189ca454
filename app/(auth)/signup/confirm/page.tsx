import type { Metadata } from 'next';
import Link from 'next/link';
import { CompleteSignupForm } from '@/components/signup/complete-signup-form';
import { Alert } from '@/components/ui/alert';
import { getConfig } from '@/lib/config';
import { getCtx } from '@/lib/dal';
import { formatDateTime } from '@/lib/ui/format';
import { getSignupLink } from '@/lib/signup/get-signup-link';
import { ZSignupTokenSchema } from '@/lib/validation/signup';

// The token is in the URL: links from this page never carry it to another site in a Referer header.
export const metadata: Metadata = { title: 'Create your organization', referrer: 'same-origin' };

export default async function SignupConfirmPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const parsed = ZSignupTokenSchema.safeParse({ token });
  if (!parsed.success) {
    return (
      <Frame>
        <Alert tone="error">{parsed.error.issues[0]?.message ?? 'This sign-up link is not valid.'}</Alert>
        <AskAgain />
      </Frame>
    );
  }
  const view = await getSignupLink(await getCtx(), parsed.data);
  if (view.state === 'rate-limited') {
    return (
      <Frame>
        <Alert tone="error">Too many attempts from your network. Please wait 15 minutes and open the link again.</Alert>
      </Frame>
    );
  }
  if (view.state === 'refused') {
    return (
      <Frame>
        <Alert tone="error">{view.message}</Alert>
        {view.askAgain ? <AskAgain /> : <SignInInstead />}
      </Frame>
    );
  }
  return (
    <Frame intro={`Your address is confirmed. This page works until ${formatDateTime(view.expiresAt)}.`}>
      <CompleteSignupForm token={parsed.data.token} email={view.email} minLength={getConfig().passwordMinLength} />
    </Frame>
  );
}

function AskAgain() {
  return (
    <p className="text-sm">
      <Link href="/signup">Ask for a new sign-up link</Link> · <Link href="/login">Sign in</Link>
    </p>
  );
}

function SignInInstead() {
  return (
    <p className="text-sm">
      <Link href="/login">Sign in</Link> · <Link href="/forgot-password">Forgot your password?</Link>
    </p>
  );
}

function Frame({ intro, children }: { intro?: string; children: React.ReactNode }) {
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Create your organization</h1>
        {intro ? <p className="text-fg-muted">{intro}</p> : null}
      </div>
      {children}
    </div>
  );
}
