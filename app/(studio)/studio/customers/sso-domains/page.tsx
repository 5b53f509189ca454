import { ApproveDomainButton } from '@/components/sso/approve-domain-button';
import { requirePermission } from '@/lib/dal';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';
import { listPendingDomainClaims } from '@/lib/sso/domains';
import { formatDateTime } from '@/lib/ui/format';

export const generateMetadata = consoleTitle('studio.customers.ssoClaims', 'title');

/** Vendor staff approval of a customer's domain claim, for customers who cannot publish a TXT record. */
export default async function SsoDomainClaimsPage() {
  const t = await getConsoleTranslator('studio.customers.ssoClaims');
  const ctx = await requirePermission('customers:manage');
  const claims = await listPendingDomainClaims(ctx);
  return (
    <div className="max-w-4xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-fg-muted">{t('intro')}</p>
      </div>
      {claims.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="space-y-3">
          {claims.map((c) => (
            <li
              key={c.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border p-3"
            >
              <span>
                {t.rich('claim', {
                  domain: c.domain,
                  organization: c.organization,
                  date: formatDateTime(c.claimedAt),
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
              </span>
              <ApproveDomainButton domainId={c.id} domain={c.domain} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
