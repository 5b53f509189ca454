import type { Metadata } from 'next';
import { AddRuleForm, DecideForms, RemoveRuleForm, RevokeForm } from '@/components/documents/access-request-forms';
import { requirePermission } from '@/lib/dal';
import { listAutoApproveRules } from '@/lib/documents/auto-approve-rules';
import { listAccessRequests } from '@/lib/documents/list-access-requests';
import { formatDate, formatDateTime } from '@/lib/ui/format';

export const metadata: Metadata = { title: 'Access requests' };

const STATUS = {
  UNVERIFIED: 'Email not confirmed',
  PENDING: 'Waiting for review',
  APPROVED: 'Approved',
  DENIED: 'Denied',
} as const;

export default async function AccessRequestsPage() {
  const ctx = await requirePermission('content:publish');
  const [requests, rules] = await Promise.all([listAccessRequests(ctx), listAutoApproveRules(ctx)]);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">Access requests</h1>
        <p className="mt-1 text-fg-muted">
          Requests for gated documents: review them, and see what each requester opened and downloaded.
        </p>
      </div>
      <section aria-labelledby="requests">
        <h2 id="requests" className="sr-only">
          Requests
        </h2>
        {requests.length === 0 ? <p>No requests yet.</p> : null}
        <ul className="list-none space-y-4 p-0">
          {requests.map((r) => (
            <li key={r.id} className="rounded-lg border border-border p-4" data-testid="access-request">
              <h3 className="m-0 text-base font-semibold">
                {r.name} · {r.company}
              </h3>
              <p className="m-0 text-sm text-fg-muted">
                {r.email} · requested {formatDateTime(r.createdAt)} · NDA {r.ndaVersion} accepted{' '}
                {formatDateTime(r.ndaAcceptedAt)}
              </p>
              <p className="mt-2 text-sm">
                <strong>{STATUS[r.status]}</strong>
                {r.grant ? (
                  <>
                    {' '}
                    ·{' '}
                    {r.grant.revokedAt
                      ? `revoked ${formatDateTime(r.grant.revokedAt)}`
                      : r.grant.active
                        ? `until ${formatDate(r.grant.expiresAt)}`
                        : 'expired'}
                    {r.grant.autoApproved ? ' · auto-approved' : ''}
                  </>
                ) : null}
                {r.decidedBy ? <> · by {r.decidedBy}</> : null}
              </p>
              <p className="mt-1 text-sm">Documents: {r.documents.join(', ')}</p>
              <p className="mt-1 text-sm">Reason: {r.reason}</p>
              {r.decisionMessage ? <p className="mt-1 text-sm">Message sent: {r.decisionMessage}</p> : null}
              {r.grant ? (
                <p className="mt-1 text-sm text-fg-muted">
                  History: {r.views} views, {r.downloads} downloads
                  {r.lastActivityAt ? `, last ${formatDateTime(r.lastActivityAt)}` : ''}
                </p>
              ) : null}
              {r.status === 'PENDING' ? <DecideForms requestId={r.id} who={r.email} /> : null}
              {r.grant?.active ? <RevokeForm requestId={r.id} who={r.email} /> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="rules">
        <h2 id="rules" className="text-xl font-semibold">
          Auto-approve by email domain
        </h2>
        <p className="mt-1 text-sm text-fg-muted">
          Verified requests from these domains (for example existing customers) are granted at once.
        </p>
        <ul className="mt-3 list-none space-y-2 p-0">
          {rules.map((rule) => (
            <li key={rule.id} className="flex items-center gap-3 text-sm">
              <span className="font-mono">{rule.domain}</span>
              <span>{rule.expiryDays} days</span>
              <RemoveRuleForm ruleId={rule.id} domain={rule.domain} />
            </li>
          ))}
        </ul>
        <AddRuleForm />
      </section>
    </div>
  );
}
