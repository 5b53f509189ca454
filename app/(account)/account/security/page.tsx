import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { SessionsList } from '@/components/account/sessions-list';
import { listMySessions } from '@/lib/auth/list-my-sessions';
import { getConfig } from '@/lib/config';
import { requireSession } from '@/lib/dal';

export const metadata: Metadata = { title: 'Security' };

export default async function SecurityPage() {
  const ctx = await requireSession();
  const sessions = await listMySessions(ctx);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">Security</h1>
        <p className="mt-1 text-fg-muted">Your password and the devices signed in to your account.</p>
      </div>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-xl font-semibold">Password</h2>
        <p className="text-sm text-fg-muted">
          Changing your password signs out every other session and sends you a confirmation email.
        </p>
        <ChangePasswordForm minLength={getConfig().passwordMinLength} email={ctx.session.user.email} />
      </section>
      <section aria-labelledby="sessions" className="space-y-3">
        <h2 id="sessions" className="text-xl font-semibold">Sessions</h2>
        <p className="text-sm text-fg-muted">
          Sessions end after {getConfig().session.idleMinutes} minutes without activity and {getConfig().session.absoluteHours} hours
          after sign-in. Sign out any you do not recognise, then change your password.
        </p>
        <SessionsList sessions={sessions} />
      </section>
    </div>
  );
}
