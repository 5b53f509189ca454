import { getConsoleTranslator } from '@/lib/i18n/console';
import type { Metadata } from 'next';
import Link from 'next/link';
import { GrantForm } from '@/components/support-access/grant-form';
import { GrantsTable } from '@/components/support-access/grants-table';
import { can } from '@/lib/access/can';
import { requirePermission } from '@/lib/dal';
import { listRoleOptions } from '@/lib/roles/list-role-options';
import { supportDurationBounds } from '@/lib/support-access/grant-support-access';
import { listSupportGrants } from '@/lib/support-access/list-support-grants';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.supportAccess');
  return { title: t('metaTitle') };
}

const PRESETS = [60, 240, 1440, 3 * 1440, 7 * 1440, 30 * 1440];

export default async function SupportAccessPage() {
  const t = await getConsoleTranslator('account.page.supportAccess');
  const ctx = await requirePermission('account:read');
  const organization = ctx.session.organization!;
  if (organization.kind === 'VENDOR') {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t('supportAccess')}</h1>
        <p className="max-w-2xl text-fg-muted">
          {t('customersGrantSupportAccess')} {organization.name}
          {t('sStaffAVendor')}
          {can(ctx, 'support:act') ? (
            <>{t.rich('seeTheAccountsYou', { link: (chunks) => <Link href="/account/support">{chunks}</Link> })}</>
          ) : null}
        </p>
      </div>
    );
  }
  const [overview, roles] = await Promise.all([listSupportGrants(ctx), listRoleOptions(ctx)]);
  const canManage = can(ctx, 'support-access:manage') && !ctx.session.supportGrant;
  const bounds = supportDurationBounds();
  // "4 hours", "3 days", "15 minutes": the largest whole unit, worded by the catalogue.
  const durationLabel = (minutes: number) =>
    minutes % 1440 === 0
      ? t('durationDays', { count: minutes / 1440 })
      : minutes % 60 === 0
        ? t('durationHours', { count: minutes / 60 })
        : t('durationMinutes', { count: minutes });
  const durations = [...(bounds.min < 60 ? [bounds.min] : []), ...PRESETS]
    .filter((m) => m >= bounds.min && m <= bounds.max)
    .map((minutes) => ({ minutes, label: durationLabel(minutes) }));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t('supportAccess')}</h1>
        <p className="mt-1 max-w-2xl text-fg-muted">
          {t('sSupportStaffCannot', { vendorName: overview.vendorName, name: organization.name, text: bounds.text })}
        </p>
      </div>
      {canManage ? (
        <GrantForm vendorName={overview.vendorName} staff={overview.staff} roles={roles} durations={durations} />
      ) : null}
      <section aria-labelledby="grants-heading" className="space-y-3">
        <h2 id="grants-heading" className="text-xl font-semibold">
          {t('grants')}
        </h2>
        <GrantsTable grants={overview.grants} canManage={canManage} />
      </section>
    </div>
  );
}
