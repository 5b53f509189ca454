import type { Metadata } from 'next';
import { DeleteAccountForm } from '@/components/account/delete-account-form';
import { EmailChangeForm } from '@/components/account/email-change-form';
import { requireSession } from '@/lib/dal';

export const metadata: Metadata = { title: 'Your account' };

export default async function ProfilePage() {
  const ctx = await requireSession('/account/profile');
  const { user } = ctx.session;
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">Your account</h1>
        <p className="mt-1 text-fg-muted">
          Signed in as {user.name} ({user.email}).
        </p>
      </div>
      <section aria-labelledby="email-heading" className="space-y-3">
        <h2 id="email-heading" className="text-xl font-semibold">
          Email address
        </h2>
        <p className="text-sm text-fg-muted">
          We send a link to the new address; your account moves there only when it is opened. Your current address is
          told either way.
        </p>
        <EmailChangeForm currentEmail={user.email} />
      </section>
      <section aria-labelledby="data-heading" className="space-y-3">
        <h2 id="data-heading" className="text-xl font-semibold">
          Your data
        </h2>
        <p className="text-sm text-fg-muted">
          One JSON file with your profile, your organizations and roles, your sessions, your second factors (names and
          dates, never secrets) and the audit events about you.
        </p>
        <p>
          <a
            href="/account/profile/export"
            download
            className="inline-flex rounded-md border border-border px-4 py-2 text-sm font-medium no-underline hover:bg-bg-subtle"
          >
            Download my data
          </a>
        </p>
      </section>
      <section aria-labelledby="delete-heading" className="space-y-3">
        <h2 id="delete-heading" className="text-xl font-semibold">
          Delete your account
        </h2>
        <p className="text-sm text-fg-muted">
          This signs you out everywhere and removes your account, its sessions and second factors for good. The
          organizations you belong to keep their audit logs. If you are the only Owner of an organization, make someone
          else an Owner first.
        </p>
        <DeleteAccountForm email={user.email} />
      </section>
    </div>
  );
}
