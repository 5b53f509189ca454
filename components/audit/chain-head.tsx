import { getConsoleTranslator } from '@/lib/i18n/console';
import type { AuditHeadDTO } from '@/lib/audit/read-audit-head';
import { formatDateTime } from '@/lib/ui/format';

/**
 * The chain's signed head, for an admin to write down (or to compare with an export's checkpoint line and
 * with GET /api/v1/audit-events/head): a chain later cut or rolled back no longer reaches this event.
 */
export async function ChainHead({ head }: { head: AuditHeadDTO }) {
  const t = await getConsoleTranslator('account.audit.chainHead');
  if (!head.head) return null;
  return (
    <section aria-labelledby="chain-head" className="rounded-md border border-border p-4 text-sm">
      <h2 id="chain-head" className="font-semibold">
        {t('signedChainHead')}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="text-fg-muted">{t('latestEvent')}</dt>
        <dd>#{head.head.seq}</dd>
        <dt className="text-fg-muted">{t('hash')}</dt>
        <dd className="font-mono break-all">{head.head.hash}</dd>
        <dt className="text-fg-muted">{t('signed')}</dt>
        <dd>
          {t.rich('withKeyPublicKey', {
            recordedAt: formatDateTime(head.head.recordedAt),
            keyId: head.head.keyId,
            span: (chunks) => <span className="font-mono">{chunks}</span>,
            a: (chunks) => <a href={head.publicKeyUrl}>{chunks}</a>,
          })}
        </dd>
        <dt className="text-fg-muted">{t('chainStarts')}</dt>
        <dd>
          {head.anchor
            ? t('afterEventOlderEvents', {
                throughSeq: String(head.anchor.throughSeq),
                prunedCount: head.anchor.prunedCount,
                recordedAt: formatDateTime(head.anchor.recordedAt),
              })
            : t('atItsFirstEvent')}
        </dd>
      </dl>
      <p className="mt-2 text-fg-muted">
        {t('everyJsonLinesExport')} <code>scripts/verify-audit-export.mjs --complete</code>.
      </p>
    </section>
  );
}
