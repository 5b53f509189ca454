import type { AuditHeadDTO } from '@/lib/audit/read-audit-head';
import { formatDateTime } from '@/lib/ui/format';

/**
 * The chain's signed head, for an admin to write down (or to compare with an export's checkpoint line and
 * with GET /api/v1/audit-events/head): a chain later cut or rolled back no longer reaches this event.
 */
export function ChainHead({ head }: { head: AuditHeadDTO }) {
  if (!head.head) return null;
  return (
    <section aria-labelledby="chain-head" className="rounded-md border border-border p-4 text-sm">
      <h2 id="chain-head" className="font-semibold">
        Signed chain head
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="text-fg-muted">Latest event</dt>
        <dd>#{head.head.seq}</dd>
        <dt className="text-fg-muted">Hash</dt>
        <dd className="font-mono break-all">{head.head.hash}</dd>
        <dt className="text-fg-muted">Signed</dt>
        <dd>
          {formatDateTime(head.head.recordedAt)} with key <span className="font-mono">{head.head.keyId}</span> (
          <a href={head.publicKeyUrl}>public key</a>)
        </dd>
        <dt className="text-fg-muted">Chain starts</dt>
        <dd>
          {head.anchor
            ? `after event #${head.anchor.throughSeq}: ${head.anchor.prunedCount.toLocaleString('en')} older events were removed by retention on ${formatDateTime(head.anchor.recordedAt)} (signed anchor)`
            : 'at its first event (nothing removed by retention)'}
        </dd>
      </dl>
      <p className="mt-2 text-fg-muted">
        Every JSON Lines export ends with this head, signed. Keep a copy: an auditor checks an export against it with{' '}
        <code>scripts/verify-audit-export.mjs --complete</code>.
      </p>
    </section>
  );
}
