import type { Metadata } from 'next';
import { OpenGrantButton } from '@/components/support-access/open-grant-button';
import { requirePermission } from '@/lib/dal';
import { listMySupportGrants } from '@/lib/support-access/list-my-support-grants';
import { formatDateTime } from '@/lib/ui/format';

export const metadata: Metadata = { title: 'Support sessions' };

/** Vendor staff: the customer accounts that granted access, and nothing else. */
export default async function SupportSessionsPage() {
  const ctx = await requirePermission('support:act');
  const grants = await listMySupportGrants(ctx);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">Support sessions</h1>
        <p className="mt-1 max-w-2xl text-fg-muted">
          Customer accounts whose administrators granted support access, while the grant lasts. Opening one starts a
          support session, clearly marked on every page; everything you do there is recorded in the customer’s audit
          log.
        </p>
      </div>
      {grants.length ? (
        <ul className="space-y-4">
          {grants.map((g) => (
            <li key={g.id} className="rounded-md border border-border p-4">
              <div className="flex flex-wrap items-start justify-between gap-4">
                <div className="space-y-1">
                  <h2 className="text-lg font-semibold">{g.organizationName}</h2>
                  <p className="text-sm">
                    <span className="font-mono">{g.reference}</span> ·{' '}
                    {g.readOnly ? 'Read-only' : `Acting as ${g.scopeLabel}`}
                    {g.personal ? ' · granted to you by name' : ' · granted to the support team'}
                  </p>
                  <p className="text-sm">Reason: {g.reason}</p>
                  <p className="text-sm text-fg-muted">
                    Granted by {g.grantedBy}; ends {formatDateTime(g.expiresAt)}.
                  </p>
                </div>
                <OpenGrantButton grantId={g.id} organization={g.organizationName} />
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-fg-muted">
          No customer has granted support access right now. Ask the customer’s administrator to grant it under Support
          access.
        </p>
      )}
    </div>
  );
}
