import { getConsoleTranslator } from '@/lib/i18n/console';
import type { Metadata } from 'next';
import Link from 'next/link';
import { OrganizationSwitcher } from '@/components/users/organization-switcher';
import { Alert } from '@/components/ui/alert';
import { SsoSignedInNotice } from '@/components/sso/signed-in-notice';
import { getAccountOverview } from '@/lib/account/get-account-overview';
import { listMyOrganizations } from '@/lib/users/list-my-organizations';
import { TWO_FACTOR_SETUP_PATH } from '@/lib/users/two-factor-onboarding';
import { requireSession } from '@/lib/dal';
import { formatDateTime } from '@/lib/ui/format';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.overview');
  return { title: t('metaTitle') };
}

export default async function AccountOverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getConsoleTranslator('account.page.overview');
  const ctx = await requireSession();
  const overview = await getAccountOverview(ctx);
  const query = queryInput(await searchParams);
  const welcome = query.welcome === '1';
  const organizations = ctx.session.supportGrant ? [] : await listMyOrganizations(ctx);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t('accountOverview')}</h1>
        <p className="mt-1 text-fg-muted">
          {overview.organizationName
            ? t('yourAccessTo', { organizationName: overview.organizationName })
            : t('yourAccount')}
        </p>
      </div>
      <SsoSignedInNotice value={query.sso} />
      {welcome ? (
        <Alert tone="success">
          {t.rich('welcomeToProtectYour', {
            organizationName: overview.organizationName ?? '',
            link: (chunks) => <Link href={TWO_FACTOR_SETUP_PATH}>{chunks}</Link>,
          })}
        </Alert>
      ) : null}
      {organizations.length > 1 ? (
        <section aria-labelledby="organizations-heading" className="space-y-3">
          <h2 id="organizations-heading" className="text-xl font-semibold">
            {t('yourOrganizations')}
          </h2>
          <OrganizationSwitcher organizations={organizations} />
        </section>
      ) : null}
      <section aria-labelledby="security-summary" className="space-y-3">
        <h2 id="security-summary" className="text-xl font-semibold">
          {t('yourSecurity')}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <div className="rounded-md border border-border p-4">
            <dt className="text-sm text-fg-muted">{t('passwordLastChanged')}</dt>
            <dd className="mt-1 font-medium">
              {overview.passwordChangedAt ? formatDateTime(overview.passwordChangedAt) : t('never')}
            </dd>
          </div>
          <div className="rounded-md border border-border p-4">
            <dt className="text-sm text-fg-muted">{t('lastSignIn')}</dt>
            <dd className="mt-1 font-medium">{overview.lastSignInAt ? formatDateTime(overview.lastSignInAt) : '—'}</dd>
          </div>
          <div className="rounded-md border border-border p-4">
            <dt className="text-sm text-fg-muted">{t('activeSessions')}</dt>
            <dd className="mt-1 font-medium">
              {overview.activeSessions} · <Link href="/account/security#sessions">{t('review')}</Link>
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="permissions-heading" className="space-y-3">
        <h2 id="permissions-heading" className="text-xl font-semibold">
          {t('whatYouCanDo')}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {overview.permissions.map((p) => (
            <li key={p.key}>{p.description}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
