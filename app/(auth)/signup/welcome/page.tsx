import type { Metadata } from 'next';
import Link from 'next/link';
import { requireSession } from '@/lib/dal';

export const metadata: Metadata = { title: 'Welcome' };

/** After sign-up: the organization exists and its Owner is signed in; two-factor authentication is offered. */
export default async function SignupWelcomePage() {
  const ctx = await requireSession('/signup/welcome');
  const organization = ctx.session.organization?.name ?? 'your organization';
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Welcome to {organization}</h1>
        <p className="text-fg-muted">
          Your organization is ready and you are its Owner, signed in as {ctx.session.user.email}.
        </p>
      </div>
      <section aria-labelledby="protect" className="space-y-3 rounded-md border border-border p-4">
        <h2 id="protect" className="text-lg font-semibold">
          Protect your account with a second factor
        </h2>
        <p className="text-sm">
          As the Owner you can change everything in {organization}. Add an authenticator app or a passkey now, so a
          stolen password alone is not enough to get in.
        </p>
        <div className="flex flex-wrap items-center gap-4">
          <Link
            href="/account/security#two-factor-heading"
            className="inline-flex rounded-md bg-brand px-4 py-2 text-sm font-medium text-white no-underline hover:opacity-90"
          >
            Set up two-factor authentication
          </Link>
          <Link href="/account" className="text-sm">
            Not now, go to my account
          </Link>
        </div>
      </section>
    </div>
  );
}
