import { authorize } from '@/lib/access/authorize';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { openPostgresCursor, withPostgresTransaction } from '@/lib/db/postgres-direct';
import type { TAuditFilter } from '@/lib/validation/audit';
import { auditSigner, signStatement } from './checkpoint-signing';
import { chainHead, recordHeadCheckpoint, signedAnchor, type AnchorStatement, type HeadStatement } from './checkpoints';
import {
  auditExportBatchQuery,
  auditExportQuery,
  compactJsonb,
  EXPORT_FIELDS,
  type AuditExportRow,
} from './export-query';
import { recordAudit, type AuditInput, type AuditSql } from './record';

export const EXPORT_ROW_LIMIT = 1_000_000;
const BATCH = 2000;

const CHANGES = EXPORT_FIELDS.indexOf('changes');
const ORGANIZATION_ID = EXPORT_FIELDS.indexOf('organizationId');
const SEQ = EXPORT_FIELDS.indexOf('seq');
const HASH = EXPORT_FIELDS.indexOf('hash');
/** CSV leaves out the organization: one export holds one organization's events. */
const CSV_FIELDS = EXPORT_FIELDS.map((_, i) => i).filter((i) => i !== ORGANIZATION_ID);
const CSV_HEADER = CSV_FIELDS.map((i) => EXPORT_FIELDS[i]).join(',');

const NEEDS_QUOTES = /[",\n\r]/;

/** = + - @ tab CR: a spreadsheet would run a cell starting with one of these as a formula. */
function startsLikeFormula(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/** RFC 4180 quoting, and a leading apostrophe for cells a spreadsheet would run as a formula. */
function csvCell(value: string | null): string {
  if (value === null || value === '') return '';
  const s = startsLikeFormula(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One line of the export. The JSON Lines record keeps `changes` as JSON, so the hash verifies offline. */
export function exportLine(format: 'csv' | 'jsonl', row: AuditExportRow): string {
  if (format === 'csv')
    return CSV_FIELDS.map((i) => csvCell(i === CHANGES && row[i] ? compactJsonb(row[i]) : (row[i] ?? null))).join(',');
  const record: Record<string, unknown> = {};
  EXPORT_FIELDS.forEach((name, i) => (record[name] = i === CHANGES && row[i] ? JSON.parse(row[i]) : (row[i] ?? null)));
  return JSON.stringify(record);
}

export interface RowSource {
  read(): Promise<AuditExportRow[]>;
  close(): Promise<void>;
}

/**
 * PostgreSQL: one server-side cursor on a connection of its own. PGlite (one connection, which the
 * application needs meanwhile): keyset batches through Prisma, with the same SQL.
 */
export async function openRowSource(
  organizationId: string,
  filter: TAuditFilter,
  limit: number,
  throughSeq: string,
): Promise<RowSource> {
  const database = getConfig().database;
  if (database.kind === 'postgres') {
    const { text, values } = auditExportQuery(organizationId, filter, limit, throughSeq);
    return openPostgresCursor<AuditExportRow>(database.url, text, values, BATCH);
  }
  let afterSeq = '-1';
  let sent = 0;
  return {
    async read() {
      if (sent >= limit) return [];
      const { text, values } = auditExportBatchQuery(
        organizationId,
        filter,
        afterSeq,
        Math.min(BATCH, limit - sent),
        throughSeq,
      );
      const rows = await db().$queryRawUnsafe<Record<string, string | null>[]>(text, ...values);
      sent += rows.length;
      if (rows.length > 0) afterSeq = rows[rows.length - 1]!.seq!;
      return rows.map((r) => EXPORT_FIELDS.map((name) => r[name] ?? null));
    },
    close: async () => undefined,
  };
}

export interface AuditExport {
  filename: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

/** What the JSON Lines export states about itself in its last line, signed (see scripts/verify-audit-export.mjs). */
export interface ExportCheckpointLine {
  type: 'audit.checkpoint';
  version: 1;
  organizationId: string;
  exportedAt: string;
  /** A filtered export leaves events out by design: it cannot prove the chain complete. */
  filtered: boolean;
  /** Event lines in this file, the first and last of them (null when none). */
  count: number;
  firstSeq: string | null;
  lastSeq: string | null;
  lastHash: string | null;
  /** The export stopped at its row limit before the head. */
  limitReached: boolean;
  /** The chain's head when the export began (its own audit.exported event), signed and stored as a checkpoint. */
  head: HeadStatement;
  /** Where the chain starts: null = its genesis (the first event's prevHash is empty), else retention's signed anchor. */
  anchor: AnchorStatement | null;
  /** The public key the signatures verify with (compare with /.well-known/audit-checkpoint-key). */
  publicKey: string;
}

interface Opened {
  head: HeadStatement;
  anchor: AnchorStatement | null;
}

/** Records the export's own event, then the head it creates and where the chain starts, as signed checkpoints. */
async function openExport(sql: AuditSql, event: AuditInput, organizationId: string): Promise<Opened> {
  await recordAudit(sql, event);
  const current = await chainHead(sql, organizationId);
  const head = await recordHeadCheckpoint(sql, organizationId, current!, 'EXPORT');
  return { head, anchor: await signedAnchor(sql, organizationId) };
}

/**
 * Streams the events matching the filter (oldest first, so a JSON Lines export can be verified link by
 * link offline) in constant memory, after recording the export itself in the audit log. The events end at
 * the head recorded then; a JSON Lines export ends with a signed checkpoint line (count, first and last
 * event, head, anchor), so a file cut at either end no longer verifies as complete.
 */
export async function exportAuditEvents(
  ctx: Ctx,
  input: TAuditFilter & { format: 'csv' | 'jsonl' },
  limit = EXPORT_ROW_LIMIT,
): Promise<AuditExport> {
  const { session, organization } = await authorize(ctx, 'audit:read');
  const { format, cursor: _ignored, ...filter } = input;
  const event: AuditInput = {
    organizationId: organization.id,
    action: 'audit.exported',
    actor: { type: 'USER', id: session.user.id, label: session.user.email },
    target: { type: 'audit_log', id: organization.id, label: organization.name },
    changes: { format, filter, limit },
    meta: ctx.meta,
  };
  return signedAuditExport(organization, event, format, filter, limit);
}

/**
 * The export itself, for callers that checked their own permission (the audit viewer above; the
 * customer-deletion export in lib/customers): records `event` in the organization's chain with the head
 * it creates, then streams the events up to that head and, for JSON Lines, the signed checkpoint line.
 */
export async function signedAuditExport(
  organization: { id: string; slug: string },
  event: AuditInput,
  format: 'csv' | 'jsonl',
  filter: Omit<TAuditFilter, 'cursor'>,
  limit = EXPORT_ROW_LIMIT,
): Promise<AuditExport> {
  // On PostgreSQL the whole export stays clear of Prisma (see lib/db/postgres-direct.ts).
  const database = getConfig().database;
  const opened =
    database.kind === 'postgres'
      ? await withPostgresTransaction(database.url, (sql) => openExport(sql, event, organization.id))
      : await db().$transaction((tx) => openExport(tx, event, organization.id));

  const encoder = new TextEncoder();
  let source: RowSource | undefined;
  let headerDone = format !== 'csv';
  let finished = false;
  const seen = {
    count: 0,
    firstSeq: null as string | null,
    lastSeq: null as string | null,
    lastHash: null as string | null,
  };
  const checkpointLine = (): string => {
    const line: ExportCheckpointLine = {
      type: 'audit.checkpoint',
      version: 1,
      organizationId: organization.id,
      exportedAt: new Date().toISOString(),
      filtered: Object.values(filter).some((v) => v !== undefined && v !== ''),
      ...seen,
      limitReached: seen.count >= limit && seen.lastSeq !== opened.head.seq,
      head: opened.head,
      anchor: opened.anchor,
      publicKey: auditSigner().publicKeyPem,
    };
    return `${JSON.stringify(signStatement({ ...line }))}\n`;
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerDone) {
        controller.enqueue(encoder.encode(`${CSV_HEADER}\n`));
        headerDone = true;
        return;
      }
      try {
        if (finished) {
          controller.close();
          return;
        }
        source ??= await openRowSource(organization.id, filter, limit, opened.head.seq);
        const rows = await source.read();
        if (rows.length === 0) {
          await source.close();
          finished = true;
          if (format === 'jsonl') controller.enqueue(encoder.encode(checkpointLine()));
          else controller.close();
          return;
        }
        let chunk = '';
        for (const row of rows) chunk += `${exportLine(format, row)}\n`;
        seen.firstSeq ??= rows[0]![SEQ] ?? null;
        seen.count += rows.length;
        seen.lastSeq = rows[rows.length - 1]![SEQ] ?? null;
        seen.lastHash = rows[rows.length - 1]![HASH] ?? null;
        controller.enqueue(encoder.encode(chunk));
      } catch (err) {
        await source?.close();
        throw err;
      }
    },
    async cancel() {
      await source?.close();
    },
  });
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return {
    filename: `audit-log-${organization.slug}-${stamp}.${format}`,
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    body,
  };
}
