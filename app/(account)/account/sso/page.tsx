import type { Metadata } from 'next';
import { SsoConnectionForm } from '@/components/sso/connection-form';
import { SsoDomainsSection } from '@/components/sso/domains-section';
import { SsoEnforcementSection } from '@/components/sso/enforcement-section';
import { TestConnectionButton } from '@/components/sso/test-connection';
import { requirePermission } from '@/lib/dal';
import { getSsoSettings } from '@/lib/sso/get-sso-settings';

export const metadata: Metadata = { title: 'Single sign-on' };

export default async function SsoPage() {
  const ctx = await requirePermission('sso:manage');
  const settings = await getSsoSettings(ctx);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Single sign-on</h1>
        <p className="text-fg-muted">
          Let {settings.organizationName}&rsquo;s members sign in with your identity provider (OpenID Connect: Okta,
          Entra ID, Google Workspace, Keycloak…). Addresses in your verified domains see &ldquo;Continue with{' '}
          {settings.organizationName} SSO&rdquo; on the sign-in page. Sessions stay ours: listed under Security, ended
          by idle and absolute timeouts, and by a sign-out everywhere at your identity provider.
        </p>
      </div>
      <section aria-labelledby="connection-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="connection-heading" className="text-xl font-semibold">
            Identity provider
          </h2>
          <TestConnectionButton disabled={!settings.connection} />
        </div>
        <SsoConnectionForm settings={settings} />
      </section>
      <section aria-labelledby="domains-heading" className="space-y-3">
        <h2 id="domains-heading" className="text-xl font-semibold">
          Email domains
        </h2>
        <SsoDomainsSection domains={settings.domains} />
      </section>
      <section aria-labelledby="enforce-heading" className="space-y-3">
        <h2 id="enforce-heading" className="text-xl font-semibold">
          Require SSO
        </h2>
        <SsoEnforcementSection settings={settings} />
      </section>
    </div>
  );
}
