import type { Metadata } from 'next';
import Link from 'next/link';
import { signOutAndRedirect } from '@/app/(auth)/actions';
import { AcceptWithExistingAccountButton, AcceptWithNewAccountForm } from '@/components/users/accept-invitation-form';
import { Alert } from '@/components/ui/alert';
import { getConfig } from '@/lib/config';
import { getCtx } from '@/lib/dal';
import { formatDateTime } from '@/lib/ui/format';
import { getInvitation } from '@/lib/users/get-invitation';
import { queryInput, type SearchParams } from '@/lib/validation/input';

// The token in this URL goes to no other site; 'no-referrer' would also make the form's POST carry
// `Origin: null`, which the origin gate (lib/http/origin-gate.mjs) refuses.
export const metadata: Metadata = { title: 'Accept invitation', referrer: 'same-origin' };

export default async function InvitationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { token } = queryInput(await searchParams);
  const invalid = (
    <Alert tone="error">
      This invitation link is invalid, expired or already used. Ask the person who invited you to send a new one.
    </Alert>
  );
  if (!token || token.length < 20 || token.length > 200) {
    return <Frame title="Accept invitation">{invalid}</Frame>;
  }
  const ctx = await getCtx();
  const view = await getInvitation(ctx, { token });
  if (view.state === 'rate-limited') {
    return (
      <Frame title="Accept invitation">
        <Alert tone="error">Too many attempts from your network. Please wait 15 minutes and open the link again.</Alert>
      </Frame>
    );
  }
  if (view.state !== 'open') return <Frame title="Accept invitation">{invalid}</Frame>;

  const intro = (
    <p className="text-fg-muted">
      {view.invitedBy} invited <strong className="text-fg">{view.email}</strong> to join{' '}
      <strong className="text-fg">{view.organizationName}</strong> as {view.roleLabel}. The invitation expires{' '}
      {formatDateTime(view.expiresAt)}.
    </p>
  );
  const here = `/invitation?token=${encodeURIComponent(token)}`;

  if (!view.accountExists && !view.signedInAs) {
    return (
      <Frame title={`Join ${view.organizationName}`} intro={intro}>
        <AcceptWithNewAccountForm
          token={token}
          email={view.email}
          organization={view.organizationName}
          minLength={getConfig().passwordMinLength}
        />
      </Frame>
    );
  }
  if (view.signedInAs && view.signedInAs !== view.email) {
    return (
      <Frame title={`Join ${view.organizationName}`} intro={intro}>
        <Alert tone="error">
          You are signed in as {view.signedInAs}, but this invitation is for {view.email}. Sign out, then open the link
          again.
        </Alert>
        <form action={signOutAndRedirect}>
          <button type="submit" className="rounded-md border border-border px-4 py-2 text-sm font-medium">
            Sign out
          </button>
        </form>
      </Frame>
    );
  }
  if (!view.signedInAs) {
    return (
      <Frame title={`Join ${view.organizationName}`} intro={intro}>
        <p>You already have an account for {view.email}. Sign in with it to accept.</p>
        <p>
          <Link
            href={`/login?next=${encodeURIComponent(here)}`}
            className="inline-flex rounded-md bg-brand px-4 py-2 text-sm font-medium text-white no-underline hover:opacity-90"
          >
            Sign in to accept
          </Link>
        </p>
      </Frame>
    );
  }
  return (
    <Frame title={`Join ${view.organizationName}`} intro={intro}>
      <p>
        You are signed in as {view.email}. Joining adds {view.organizationName} to your account; your other
        organizations stay as they are.
      </p>
      <AcceptWithExistingAccountButton token={token} organization={view.organizationName} />
    </Frame>
  );
}

function Frame({ title, intro, children }: { title: string; intro?: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{title}</h1>
        {intro}
      </div>
      {children}
    </div>
  );
}
