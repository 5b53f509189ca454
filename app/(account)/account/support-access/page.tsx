import type { Metadata } from 'next';
import Link from 'next/link';
import { GrantForm } from '@/components/support-access/grant-form';
import { GrantsTable } from '@/components/support-access/grants-table';
import { can } from '@/lib/access/can';
import { requirePermission } from '@/lib/dal';
import { listRoleOptions } from '@/lib/roles/list-role-options';
import { supportDurationBounds } from '@/lib/support-access/grant-support-access';
import { listSupportGrants } from '@/lib/support-access/list-support-grants';

export const metadata: Metadata = { title: 'Support access' };

const PRESETS = [
  { minutes: 60, label: '1 hour' },
  { minutes: 240, label: '4 hours' },
  { minutes: 1440, label: '1 day' },
  { minutes: 3 * 1440, label: '3 days' },
  { minutes: 7 * 1440, label: '7 days' },
  { minutes: 30 * 1440, label: '30 days' },
];

export default async function SupportAccessPage() {
  const ctx = await requirePermission('account:read');
  const organization = ctx.session.organization!;
  if (organization.kind === 'VENDOR') {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">Support access</h1>
        <p className="max-w-2xl text-fg-muted">
          Customers grant support access to {organization.name}’s staff; a vendor organization has nothing to grant.
          {can(ctx, 'support:act') ? (
            <>
              {' '}
              See the accounts you may open under <Link href="/account/support">Support sessions</Link>.
            </>
          ) : null}
        </p>
      </div>
    );
  }
  const [overview, roles] = await Promise.all([listSupportGrants(ctx), listRoleOptions(ctx)]);
  const canManage = can(ctx, 'support-access:manage') && !ctx.session.supportGrant;
  const bounds = supportDurationBounds();
  const durations = [
    ...(bounds.min < 60
      ? [{ minutes: bounds.min, label: `${bounds.min} ${bounds.min === 1 ? 'minute' : 'minutes'}` }]
      : []),
    ...PRESETS,
  ].filter((d) => d.minutes >= bounds.min && d.minutes <= bounds.max);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">Support access</h1>
        <p className="mt-1 max-w-2xl text-fg-muted">
          {overview.vendorName}’s support staff cannot see {organization.name} unless you let them in: read-only or with
          a role, for a reason and a limited time ({bounds.text}). Everything they do is recorded in the audit log as
          vendor staff under the grant, and the administrators are told when a grant starts and when it is first used.
        </p>
      </div>
      {canManage ? (
        <GrantForm vendorName={overview.vendorName} staff={overview.staff} roles={roles} durations={durations} />
      ) : null}
      <section aria-labelledby="grants-heading" className="space-y-3">
        <h2 id="grants-heading" className="text-xl font-semibold">
          Grants
        </h2>
        <GrantsTable grants={overview.grants} canManage={canManage} />
      </section>
    </div>
  );
}
