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

export const metadata: Metadata = { title: 'Account overview' };

export default async function AccountOverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireSession();
  const overview = await getAccountOverview(ctx);
  const query = queryInput(await searchParams);
  const welcome = query.welcome === '1';
  const organizations = ctx.session.supportGrant ? [] : await listMyOrganizations(ctx);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">Account overview</h1>
        <p className="mt-1 text-fg-muted">
          {overview.organizationName ? `Your access to ${overview.organizationName}.` : 'Your account.'}
        </p>
      </div>
      <SsoSignedInNotice value={query.sso} />
      {welcome ? (
        <Alert tone="success">
          Welcome to {overview.organizationName}. Protect your account with a second factor:{' '}
          <Link href={TWO_FACTOR_SETUP_PATH}>set up two-factor authentication</Link> now (it takes a minute).
        </Alert>
      ) : null}
      {organizations.length > 1 ? (
        <section aria-labelledby="organizations-heading" className="space-y-3">
          <h2 id="organizations-heading" className="text-xl font-semibold">
            Your organizations
          </h2>
          <OrganizationSwitcher organizations={organizations} />
        </section>
      ) : null}
      <section aria-labelledby="security-summary" className="space-y-3">
        <h2 id="security-summary" className="text-xl font-semibold">
          Your security
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <div className="rounded-md border border-border p-4">
            <dt className="text-sm text-fg-muted">Password last changed</dt>
            <dd className="mt-1 font-medium">
              {overview.passwordChangedAt ? formatDateTime(overview.passwordChangedAt) : 'Never'}
            </dd>
          </div>
          <div className="rounded-md border border-border p-4">
            <dt className="text-sm text-fg-muted">Last sign-in</dt>
            <dd className="mt-1 font-medium">{overview.lastSignInAt ? formatDateTime(overview.lastSignInAt) : '—'}</dd>
          </div>
          <div className="rounded-md border border-border p-4">
            <dt className="text-sm text-fg-muted">Active sessions</dt>
            <dd className="mt-1 font-medium">
              {overview.activeSessions} · <Link href="/account/security#sessions">Review</Link>
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="permissions-heading" className="space-y-3">
        <h2 id="permissions-heading" className="text-xl font-semibold">
          What you can do here
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
