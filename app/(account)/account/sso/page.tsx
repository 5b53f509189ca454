import { SsoConnectionForm } from '@/components/sso/connection-form';
import { SsoDomainsSection } from '@/components/sso/domains-section';
import { SsoEnforcementSection } from '@/components/sso/enforcement-section';
import { RemoveSsoConnection } from '@/components/sso/remove-connection';
import { TestConnectionButton } from '@/components/sso/test-connection';
import { requirePermission } from '@/lib/dal';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';
import { getSsoSettings } from '@/lib/sso/get-sso-settings';

export const generateMetadata = consoleTitle('account.sso.page', 'metaTitle');

export default async function SsoPage() {
  const t = await getConsoleTranslator('account.sso.page');
  const ctx = await requirePermission('sso:manage');
  const settings = await getSsoSettings(ctx);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-fg-muted">{t('intro', { organization: settings.organizationName })}</p>
      </div>
      <section aria-labelledby="connection-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="connection-heading" className="text-xl font-semibold">
            {t('identityProvider')}
          </h2>
          <TestConnectionButton disabled={!settings.connection} />
        </div>
        <SsoConnectionForm settings={settings} />
        {settings.connection ? <RemoveSsoConnection requireSso={settings.connection.requireSso} /> : null}
      </section>
      <section aria-labelledby="domains-heading" className="space-y-3">
        <h2 id="domains-heading" className="text-xl font-semibold">
          {t('emailDomains')}
        </h2>
        <SsoDomainsSection domains={settings.domains} />
      </section>
      <section aria-labelledby="enforce-heading" className="space-y-3">
        <h2 id="enforce-heading" className="text-xl font-semibold">
          {t('requireSso')}
        </h2>
        <SsoEnforcementSection settings={settings} />
      </section>
    </div>
  );
}
