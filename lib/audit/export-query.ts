// The export's SQL. The export reads rows without Prisma (a million Prisma objects cost more memory and
// time than the export may spend), so the viewer's filter (auditWhere in ./query.ts) is restated here in
// SQL; tests/integration/audit-export-stream.test.ts checks that both select the same events.
import type { TAuditFilter } from '@/lib/validation/audit';
import { AUDIT_ACTIONS } from './catalogue';
import { escapeLikeWildcards } from './query';

const DAY = 86_400_000;

/** The export's fields, in order: the chained fields as hashed, plus seq, prevHash and hash. */
export const EXPORT_FIELDS = [
  'seq',
  'id',
  'organizationId',
  'occurredAt',
  'actorType',
  'actorId',
  'actorLabel',
  'action',
  'targetType',
  'targetId',
  'targetLabel',
  'outcome',
  'ip',
  'userAgent',
  'requestId',
  'changes',
  'prevHash',
  'hash',
] as const;

/** One exported event: EXPORT_FIELDS' values as text (changes: jsonb's text, or null). */
export type AuditExportRow = (string | null)[];

// Text only, so no driver parses bigint, enums, timestamps or jsonb (and the timestamp reads as Date#toISOString).
const COLUMNS = `seq::text AS seq, id::text AS id, "organizationId"::text AS "organizationId",
  to_char("occurredAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "occurredAt",
  "actorType"::text AS "actorType", "actorId", "actorLabel", action, "targetType", "targetId", "targetLabel",
  outcome::text AS outcome, ip, "userAgent", "requestId", changes::text AS changes, "prevHash", hash`;

const containing = (s: string) => `%${escapeLikeWildcards(s)}%`;

export interface SqlQuery {
  text: string;
  values: unknown[];
}

/**
 * The WHERE clause of auditWhere, always scoped to one organization (never client input), and bounded by
 * the chain head the export's checkpoint names (`throughSeq`), so events appended meanwhile stay out.
 */
function exportWhere(organizationId: string, f: TAuditFilter, throughSeq?: string): SqlQuery {
  const values: unknown[] = [];
  const param = (v: unknown) => `$${values.push(v)}`;
  const and = [`"organizationId" = ${param(organizationId)}::uuid`];
  if (throughSeq !== undefined) and.push(`"AuditEvent".seq <= ${param(throughSeq)}::bigint`);
  if (f.actor) and.push(`("actorLabel" ILIKE ${param(containing(f.actor))} OR "actorId" = ${param(f.actor)})`);
  if (f.category) {
    const actions = Object.entries(AUDIT_ACTIONS)
      .filter(([, c]) => c === f.category)
      .map(([a]) => a);
    and.push(`action = ANY(${param(actions)}::text[])`);
  }
  if (f.action) and.push(`action = ${param(f.action)}`);
  if (f.target) {
    and.push(
      `("targetLabel" ILIKE ${param(containing(f.target))} OR "targetId" = ${param(f.target)} OR "targetType" = ${param(f.target)})`,
    );
  }
  if (f.outcome) and.push(`outcome::text = ${param(f.outcome)}`);
  if (f.from) and.push(`"occurredAt" >= ${param(`${f.from}T00:00:00Z`)}::timestamptz`);
  if (f.to)
    and.push(`"occurredAt" < ${param(new Date(Date.parse(`${f.to}T00:00:00Z`) + DAY).toISOString())}::timestamptz`);
  if (f.q) {
    const like = param(containing(f.q));
    const exact = param(f.q);
    and.push(`(action ILIKE ${like} OR "actorLabel" ILIKE ${like} OR "targetLabel" ILIKE ${like} OR "targetId" = ${exact}
      OR ip LIKE ${like} OR "requestId" = ${exact})`);
  }
  return { text: and.join(' AND '), values };
}

/** Every matching event, oldest first, up to `limit`: one statement, for a server-side cursor. */
export function auditExportQuery(
  organizationId: string,
  filter: TAuditFilter,
  limit: number,
  throughSeq?: string,
): SqlQuery {
  const where = exportWhere(organizationId, filter, throughSeq);
  const values = [...where.values, limit];
  return {
    text: `SELECT ${COLUMNS} FROM "AuditEvent" WHERE ${where.text} ORDER BY "AuditEvent".seq LIMIT $${values.length}::int`,
    values,
  };
}

/** One keyset batch after `afterSeq` (for a database without a second connection to hold a cursor on). */
export function auditExportBatchQuery(
  organizationId: string,
  filter: TAuditFilter,
  afterSeq: string,
  take: number,
  throughSeq?: string,
): SqlQuery {
  const where = exportWhere(organizationId, filter, throughSeq);
  const values = [...where.values, afterSeq, take];
  const n = values.length;
  return {
    text: `SELECT ${COLUMNS} FROM "AuditEvent" WHERE ${where.text} AND "AuditEvent".seq > $${n - 1}::bigint ORDER BY "AuditEvent".seq LIMIT $${n}::int`,
    values,
  };
}

/**
 * jsonb's text in compact JSON, as JSON.stringify writes it. PostgreSQL prints jsonb with ", " and ": "
 * between tokens and no other whitespace outside strings, so dropping those spaces is enough; a number
 * with a fraction or an exponent goes through JSON.parse so JavaScript formats it. Several times faster
 * than parsing every event's changes, which matters at a million rows.
 */
export function compactJsonb(text: string): string {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 32) {
      out += text.slice(from, i);
      from = i + 1;
    } else if (c === 46 || ((c === 101 || c === 69) && isDigit(text.charCodeAt(i - 1))))
      return JSON.stringify(JSON.parse(text));
  }
  return from === 0 ? text : out + text.slice(from);
}

const isDigit = (c: number) => c >= 48 && c <= 57;
