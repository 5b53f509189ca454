import { assertCan } from '@/lib/access/can';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TAuditFilter } from '@/lib/validation/audit';
import { fieldsOf } from './verify-chain';
import { auditWhere } from './query';
import { recordAudit } from './record';

export const EXPORT_ROW_LIMIT = 1_000_000;
const BATCH = 1000;

const CSV_COLUMNS = [
  'seq', 'id', 'occurredAt', 'actorType', 'actorId', 'actorLabel', 'action', 'targetType', 'targetId', 'targetLabel',
  'outcome', 'ip', 'userAgent', 'requestId', 'changes', 'prevHash', 'hash',
] as const;

/** RFC 4180 quoting, and a leading apostrophe for cells a spreadsheet would run as a formula. */
function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface AuditExport {
  filename: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

/**
 * Streams the events matching the filter (oldest first, so a JSON Lines export can be verified link by
 * link offline) in constant memory, after recording the export itself in the audit log.
 */
export async function exportAuditEvents(ctx: Ctx, input: TAuditFilter & { format: 'csv' | 'jsonl' }, limit = EXPORT_ROW_LIMIT): Promise<AuditExport> {
  await assertCan(ctx, 'audit:read');
  const session = ctx.session!;
  const organization = session.organization;
  if (!organization) throw new AppError('NOT_FOUND');
  const { format, cursor: _ignored, ...filter } = input;
  const where = auditWhere(organization.id, filter);
  await db().$transaction((tx) =>
    recordAudit(tx, {
      organizationId: organization.id,
      action: 'audit.exported',
      actor: { type: 'USER', id: session.user.id, label: session.user.email },
      target: { type: 'audit_log', id: organization.id, label: organization.name },
      changes: { format, filter, limit },
      meta: ctx.meta,
    }),
  );

  const encoder = new TextEncoder();
  let afterSeq = -1n;
  let sent = 0;
  let headerDone = format !== 'csv';
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerDone) {
        controller.enqueue(encoder.encode(`${CSV_COLUMNS.join(',')}\n`));
        headerDone = true;
        return;
      }
      const rows = await db().auditEvent.findMany({
        where: { AND: [where, { seq: { gt: afterSeq } }] },
        orderBy: { seq: 'asc' },
        take: Math.min(BATCH, limit - sent),
      });
      if (rows.length === 0) {
        controller.close();
        return;
      }
      afterSeq = rows[rows.length - 1]!.seq;
      sent += rows.length;
      const lines = rows.map((r) => {
        const record = { seq: r.seq.toString(), ...fieldsOf(r), prevHash: r.prevHash, hash: r.hash };
        return format === 'jsonl' ? JSON.stringify(record) : CSV_COLUMNS.map((c) => csvCell(record[c])).join(',');
      });
      controller.enqueue(encoder.encode(`${lines.join('\n')}\n`));
      if (sent >= limit) controller.close();
    },
  });
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return {
    filename: `audit-log-${organization.slug}-${stamp}.${format}`,
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    body,
  };
}
