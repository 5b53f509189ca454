import { getConsoleTranslator } from '@/lib/i18n/console';
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.security');
  return { title: t('metaTitle') };
}

export default async function SecurityPage() {
  const t = await getConsoleTranslator('account.page.security');
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
        <h1 className="text-3xl font-bold">{t('security')}</h1>
        <p className="mt-1 text-fg-muted">{t('yourPasswordSecondFactors')}</p>
      </div>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-xl font-semibold">
          {t('password')}
        </h2>
        <p className="text-sm text-fg-muted">{t('changingYourPasswordSigns')}</p>
        <ChangePasswordForm minLength={getConfig().passwordMinLength} email={ctx.session.user.email} />
      </section>
      <section aria-labelledby="two-factor-heading" className="space-y-3">
        <h2 id="two-factor-heading" className="text-xl font-semibold">
          {t('twoFactorAuthentication')}
        </h2>
        <TwoFactorSection data={twoFactor} account={ctx.session.user.email} />
      </section>
      <section aria-labelledby="sessions" className="space-y-3">
        <h2 id="sessions" className="text-xl font-semibold">
          {t('sessions')}
        </h2>
        <p className="text-sm text-fg-muted">
          {t('sessionsEndAfterMinutes', {
            idleMinutes: getConfig().session.idleMinutes,
            absoluteHours: getConfig().session.absoluteHours,
          })}
        </p>
        <SessionsList sessions={sessions} />
      </section>
      {orgSecurity ? (
        <section aria-labelledby="org-security-heading" className="space-y-3">
          <h2 id="org-security-heading" className="text-xl font-semibold">
            {t('organizationSecurity')}
          </h2>
          <p className="text-sm text-fg-muted">
            {t('settingsForEveryoneIn', { name: ctx.session.organization?.name ?? '' })}
          </p>
          <OrganizationSecurity data={orgSecurity} />
        </section>
      ) : null}
    </div>
  );
}
