import type { Metadata } from 'next';
import { ApproveDomainButton } from '@/components/sso/approve-domain-button';
import { requirePermission } from '@/lib/dal';
import { listPendingDomainClaims } from '@/lib/sso/domains';
import { formatDateTime } from '@/lib/ui/format';

export const metadata: Metadata = { title: 'SSO domain claims' };

/** Vendor staff approval of a customer's domain claim, for customers who cannot publish a TXT record. */
export default async function SsoDomainClaimsPage() {
  const ctx = await requirePermission('customers:manage');
  const claims = await listPendingDomainClaims(ctx);
  return (
    <div className="max-w-4xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">SSO domain claims</h1>
        <p className="text-fg-muted">
          Customers prove a domain with a DNS TXT record. When they cannot, approve the claim here once you have
          confirmed, outside this screen, that the domain is theirs: their members with that domain will then sign in
          through their identity provider.
        </p>
      </div>
      {claims.length === 0 ? (
        <p>No claims are waiting.</p>
      ) : (
        <ul className="space-y-3">
          {claims.map((c) => (
            <li
              key={c.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border p-3"
            >
              <span>
                <strong>{c.domain}</strong> claimed by {c.organization} on {formatDateTime(c.claimedAt)}
              </span>
              <ApproveDomainButton domainId={c.id} domain={c.domain} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
