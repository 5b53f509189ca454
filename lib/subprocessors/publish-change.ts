import 'server-only';
import { authorize } from '@/lib/access/authorize';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db, type DbTransaction } from '@/lib/db';
import { AppError, appErrorOnFields } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZChangeDraftSchema, ZChangeRefSchema, type TSubprocessorFields } from '@/lib/validation/subprocessors';
import { addDays, applyOperations, dayOf, fieldsOf, isEmptyDiff, registerOn, todayUtc } from './diff';
import { lockDraft } from './lock-draft';
import { invalidateRegisterCache, readPeriods } from './register';
import type { RegisterDiff } from './types';

export interface PublishedChangeRef {
  id: string;
  number: number;
  effectiveDate: string;
  objectionDeadline: string;
}

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * Publishes a drafted change (content:publish): it becomes notice #N. The diff is computed against the
 * register on the effective date, which must leave customers SUBPROCESSOR_NOTICE_DAYS to object. The
 * objection deadline is the day before the effective date: objections count while the old list still
 * applies. Periods in force on that date are closed there and new ones opened; history is never rewritten.
 * Delivery (email, feeds, webhooks) is the notices worker's job: it picks up noticesDispatchedAt = null.
 */
export async function publishSubprocessorChange(
  ctx: Ctx,
  input: { changeId: string; expectedVersion: number },
): Promise<PublishedChangeRef> {
  const staff = await authorize(ctx, 'content:publish', { vendorOnly: 'the sub-processor register' });
  const ref = parseInput(ZChangeRefSchema, input);
  const noticeDays = getConfig().subprocessorNoticeDays;
  const result = await db().$transaction(async (tx) => {
    // One publisher at a time: numbers and periods are computed from what the last publish left.
    await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(hashtextextended('subprocessor-register', 0))");
    const row = await lockDraft(tx, ref);
    const draft = parseInput(ZChangeDraftSchema, {
      summary: row.summary,
      effectiveDate: dayOf(row.effectiveDate),
      operations: row.operations,
    });
    const effective = draft.effectiveDate;
    const earliest = addDays(todayUtc(), noticeDays);
    if (effective < earliest) {
      throw appErrorOnFields(['effectiveDate'], 'SUBPROCESSOR_EFFECTIVE_DATE_TOO_SOON', { earliest, days: noticeDays });
    }

    const periods = await readPeriods(tx);
    const conflicts: Record<string, string[]> = {};
    draft.operations.forEach((op, i) => {
      const later = periods.find((p) => p.slug === op.slug && p.validFrom >= effective);
      if (later)
        conflicts[`operations.${i}.slug`] = [
          `${op.slug} already has a published change taking effect on ${later.validFrom}; choose an effective date after it.`,
        ];
    });
    if (Object.keys(conflicts).length) throw new AppError('SUBPROCESSOR_CHANGE_OVERLAPS', undefined, conflicts);

    const before = registerOn(periods, effective);
    const { diff, errors } = applyOperations(before, draft.operations, effective);
    if (Object.keys(errors).length) throw new AppError('SUBPROCESSOR_OPERATIONS_DO_NOT_FIT', undefined, errors);
    if (isEmptyDiff(diff))
      throw new AppError('SUBPROCESSOR_CHANGE_EMPTY', undefined, {
        operations: [fieldMessage('SUBPROCESSOR_CHANGE_EMPTY')],
      });

    await writePeriods(tx, row.id, effective, before, diff);
    const number = ((await tx.subprocessorChange.aggregate({ _max: { number: true } }))._max.number ?? 0) + 1;
    const objectionDeadline = addDays(effective, -1);
    await tx.subprocessorChange.update({
      where: { id: row.id },
      data: {
        status: 'PUBLISHED',
        number,
        diff: diff as unknown as Prisma.InputJsonValue,
        objectionDeadline: asDate(objectionDeadline),
        publishedAt: new Date(),
        publishedById: staff.session.user.id,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'subprocessor.change.published',
      actor: actorOf(ctx),
      target: { type: 'subprocessor_change', id: row.id, label: `Notice #${number}: ${draft.summary}` },
      changes: {
        number,
        effectiveDate: effective,
        objectionDeadline,
        added: diff.added.map((s) => s.slug),
        removed: diff.removed.map((s) => s.slug),
        changed: diff.changed.map((c) => ({ slug: c.slug, fields: c.fields.map((f) => f.field) })),
      },
      meta: ctx.meta,
    });
    return { id: row.id, number, effectiveDate: effective, objectionDeadline };
  });
  invalidateRegisterCache();
  return result;
}

/** Closes the periods the change ends at the effective date and opens the new ones from it. */
async function writePeriods(
  tx: DbTransaction,
  changeId: string,
  effective: string,
  before: ReturnType<typeof registerOn>,
  diff: RegisterDiff,
) {
  const at = asDate(effective);
  const inForce = (slug: string) =>
    tx.subprocessorPeriod.findFirstOrThrow({
      where: { subprocessor: { slug }, validFrom: { lte: at }, OR: [{ validUntil: null }, { validUntil: { gt: at } }] },
    });
  const open = (subprocessorId: string, fields: TSubprocessorFields, validUntil: Date | null) =>
    tx.subprocessorPeriod.create({ data: { subprocessorId, changeId, ...fields, validFrom: at, validUntil } });

  for (const added of diff.added) {
    const sub = await tx.subprocessor.upsert({ where: { slug: added.slug }, update: {}, create: { slug: added.slug } });
    await open(sub.id, fieldsOf(added), null);
  }
  for (const removed of diff.removed) {
    const period = await inForce(removed.slug);
    await tx.subprocessorPeriod.update({ where: { id: period.id }, data: { validUntil: at } });
  }
  for (const changed of diff.changed) {
    const period = await inForce(changed.slug);
    const current = before.find((s) => s.slug === changed.slug)!;
    const fields = {
      ...fieldsOf(current),
      ...Object.fromEntries(changed.fields.map((f) => [f.field, f.after])),
    } as TSubprocessorFields;
    await tx.subprocessorPeriod.update({ where: { id: period.id }, data: { validUntil: at } });
    // A removal already scheduled after this date still applies to the new fields.
    await open(period.subprocessorId, fields, period.validUntil);
  }
}
