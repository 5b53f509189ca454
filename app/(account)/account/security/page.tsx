import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { SessionsList } from '@/components/account/sessions-list';
import { listMySessions } from '@/lib/auth/list-my-sessions';
import { getConfig } from '@/lib/config';
import { OrganizationSecurity } from '@/components/mfa/organization-security';
import { TwoFactorSection } from '@/components/mfa/two-factor-section';
import { can } from '@/lib/access/can';
import { requireSession } from '@/lib/dal';
import { getMyTwoFactor } from '@/lib/mfa/get-my-two-factor';
import { getOrganizationSecurity } from '@/lib/mfa/get-organization-security';

export const metadata: Metadata = { title: 'Security' };

export default async function SecurityPage() {
  const ctx = await requireSession();
  const manageSecurity = can(ctx, 'security:manage') && !!ctx.session.organization;
  const [sessions, twoFactor, orgSecurity] = await Promise.all([
    listMySessions(ctx),
    getMyTwoFactor(ctx),
    manageSecurity ? getOrganizationSecurity(ctx) : null,
  ]);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">Security</h1>
        <p className="mt-1 text-fg-muted">Your password, second factors and the devices signed in to your account.</p>
      </div>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-xl font-semibold">
          Password
        </h2>
        <p className="text-sm text-fg-muted">
          Changing your password signs out every other session and sends you a confirmation email.
        </p>
        <ChangePasswordForm minLength={getConfig().passwordMinLength} email={ctx.session.user.email} />
      </section>
      <section aria-labelledby="two-factor-heading" className="space-y-3">
        <h2 id="two-factor-heading" className="text-xl font-semibold">
          Two-factor authentication
        </h2>
        <TwoFactorSection data={twoFactor} account={ctx.session.user.email} />
      </section>
      <section aria-labelledby="sessions" className="space-y-3">
        <h2 id="sessions" className="text-xl font-semibold">
          Sessions
        </h2>
        <p className="text-sm text-fg-muted">
          Sessions end after {getConfig().session.idleMinutes} minutes without activity and{' '}
          {getConfig().session.absoluteHours} hours after sign-in. Sign out any you do not recognise, then change your
          password.
        </p>
        <SessionsList sessions={sessions} />
      </section>
      {orgSecurity ? (
        <section aria-labelledby="org-security-heading" className="space-y-3">
          <h2 id="org-security-heading" className="text-xl font-semibold">
            Organization security
          </h2>
          <p className="text-sm text-fg-muted">Settings for everyone in {ctx.session.organization?.name}.</p>
          <OrganizationSecurity data={orgSecurity} />
        </section>
      ) : null}
    </div>
  );
}
