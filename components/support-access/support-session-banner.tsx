import { getConsoleTranslator } from '@/lib/i18n/console';
import type { SupportGrantInfo } from '@/lib/context';
import { formatDateTime } from '@/lib/ui/format';
import { LeaveSupportButton } from './leave-support-button';

/**
 * On every page of a support session: whose account this is, under which grant, and when it ends — so
 * nobody mistakes a customer's account for their own.
 */
export async function SupportSessionBanner({ grant }: { grant: SupportGrantInfo }) {
  const t = await getConsoleTranslator('account.supportAccess.supportSessionBanner');
  return (
    <section aria-label={t('supportSession')} className="no-print border-b-4 border-warn bg-warn text-bg">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <p className="text-sm">
          {t.rich(grant.readOnly ? 'bannerReadOnly' : 'bannerActing', {
            organization: grant.organizationName,
            reference: grant.reference,
            scopeLabel: grant.scopeLabel,
            ends: formatDateTime(grant.expiresAt),
            label: (chunks) => <strong className="font-bold">{chunks}</strong>,
            org: (chunks) => <strong>{chunks}</strong>,
            grant: (chunks) => <strong className="font-mono">{chunks}</strong>,
            time: (chunks) => <time dateTime={grant.expiresAt.toISOString()}>{chunks}</time>,
          })}
        </p>
        <LeaveSupportButton />
      </div>
    </section>
  );
}
