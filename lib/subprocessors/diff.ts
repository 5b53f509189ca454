// The register as pure data: which periods are in force on a day, and what a drafted change does to
// the register on its effective date. No database and no 'server-only': the studio's live preview runs
// exactly this code in the browser, so the preview and the published notice cannot disagree.
import {
  ZSubprocessorFieldsSchema,
  type TRegisterOperation,
  type TSubprocessorFields,
} from '@/lib/validation/subprocessors';
import type { FieldChange, RegisterDiff, SnapshotField, SubprocessorSnapshot } from './types';

/** One stored period: its fields, from validFrom (inclusive) to validUntil (exclusive, null = open). */
export interface RegisterPeriod extends TSubprocessorFields {
  slug: string;
  validFrom: string;
  validUntil: string | null;
}

export const DAY_MS = 86_400_000;

/** "YYYY-MM-DD" of a Date, in UTC (the register's days are calendar days in UTC). */
export const dayOf = (d: Date): string => d.toISOString().slice(0, 10);
export const addDays = (day: string, n: number): string => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS));
export const todayUtc = (now: Date = new Date()): string => dayOf(now);

const FIELD_ORDER: (keyof TSubprocessorFields)[] = [
  'legalName',
  'purpose',
  'dataCategories',
  'dataSubjects',
  'locations',
  'transferMechanism',
  'sccModule',
  'website',
  'privacyUrl',
];

export const fieldsOf = (p: TSubprocessorFields): TSubprocessorFields => ({
  legalName: p.legalName,
  purpose: p.purpose,
  dataCategories: p.dataCategories,
  dataSubjects: p.dataSubjects,
  locations: p.locations,
  transferMechanism: p.transferMechanism,
  sccModule: p.sccModule,
  website: p.website,
  privacyUrl: p.privacyUrl,
});

const inForce = (p: RegisterPeriod, day: string) => p.validFrom <= day && (p.validUntil === null || day < p.validUntil);

/**
 * The register on `day`: every period with validFrom <= day < validUntil. effectiveFrom/Until describe the
 * sub-processor's whole unbroken engagement (a field change does not reset "since").
 */
export function registerOn(periods: readonly RegisterPeriod[], day: string): SubprocessorSnapshot[] {
  const bySlug = new Map<string, RegisterPeriod[]>();
  for (const p of periods) (bySlug.get(p.slug) ?? bySlug.set(p.slug, []).get(p.slug)!).push(p);
  const out: SubprocessorSnapshot[] = [];
  for (const [slug, list] of bySlug) {
    const current = list.find((p) => inForce(p, day));
    if (!current) continue;
    // Walk back and forward through adjoining periods (each step moves strictly, so this ends).
    let from = current.validFrom;
    for (;;) {
      const prev = list.find((p) => p.validUntil === from && p.validFrom < from);
      if (!prev) break;
      from = prev.validFrom;
    }
    let until = current.validUntil;
    for (;;) {
      const next =
        until === null
          ? undefined
          : list.find((p) => p.validFrom === until && (p.validUntil === null || p.validUntil > until));
      if (!next) break;
      until = next.validUntil;
    }
    out.push({ slug, ...fieldsOf(current), effectiveFrom: from, effectiveUntil: until ? addDays(until, -1) : null });
  }
  return out.sort((a, b) => a.legalName.localeCompare(b.legalName));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface AppliedChange {
  diff: RegisterDiff;
  /** Field errors keyed like the draft's input (operations.2.fields.locations). */
  errors: Record<string, string[]>;
}

/** What `operations` do to `before` (the register on `effectiveDate`). */
export function applyOperations(
  before: readonly SubprocessorSnapshot[],
  operations: readonly TRegisterOperation[],
  effectiveDate: string,
): AppliedChange {
  const bySlug = new Map(before.map((s) => [s.slug, s]));
  const diff: RegisterDiff = { added: [], removed: [], changed: [] };
  const errors: Record<string, string[]> = {};
  const fail = (key: string, message: string) => (errors[key] ??= []).push(message);

  operations.forEach((op, i) => {
    const existing = bySlug.get(op.slug);
    if (op.op === 'add') {
      if (existing)
        return fail(
          `operations.${i}.slug`,
          `${op.slug} is already in the register on ${effectiveDate}; change it instead of adding it.`,
        );
      diff.added.push({ slug: op.slug, ...fieldsOf(op.fields), effectiveFrom: effectiveDate, effectiveUntil: null });
      return;
    }
    if (!existing) return fail(`operations.${i}.slug`, `${op.slug} is not in the register on ${effectiveDate}.`);
    if (op.op === 'remove') {
      diff.removed.push({ ...existing, effectiveUntil: addDays(effectiveDate, -1) });
      return;
    }
    const merged = ZSubprocessorFieldsSchema.safeParse({ ...fieldsOf(existing), ...op.fields });
    if (!merged.success) {
      for (const issue of merged.error.issues)
        fail(`operations.${i}.fields.${issue.path.join('.') || 'legalName'}`, issue.message);
      return;
    }
    const fields: FieldChange[] = FIELD_ORDER.filter((f) => !same(existing[f], merged.data[f])).map((f) => ({
      field: f as SnapshotField,
      before: existing[f],
      after: merged.data[f],
    }));
    if (!fields.length) return fail(`operations.${i}.slug`, `This changes nothing for ${existing.legalName}.`);
    diff.changed.push({ slug: op.slug, legalName: merged.data.legalName, fields });
  });
  return { diff, errors };
}

export const isEmptyDiff = (d: RegisterDiff) => !d.added.length && !d.removed.length && !d.changed.length;

/** Human wording of a field, shared by the history page, the notice and the studio preview. */
export const FIELD_LABELS: Record<SnapshotField, string> = {
  legalName: 'Legal entity name',
  purpose: 'Purpose',
  dataCategories: 'Data categories',
  dataSubjects: 'Data subjects',
  locations: 'Processing locations',
  transferMechanism: 'Transfer mechanism',
  sccModule: 'SCC module',
  website: 'Website',
  privacyUrl: 'DPA or privacy link',
  effectiveFrom: 'Effective from',
  effectiveUntil: 'Effective until',
};
