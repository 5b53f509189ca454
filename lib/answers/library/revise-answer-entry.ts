import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db, type DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { authorName, STUDIO } from '@/lib/studio/access';
import { contentStaff } from '@/lib/studio/staff';
import { parseInput } from '@/lib/validation/parse-input';
import { ZReviseAnswerEntrySchema, type TReviseAnswerEntry } from '@/lib/validation/answers';
import { DEFAULT_REVIEW_DAYS, entryLabel, slugFromQuestion } from './entries';

export interface RevisedAnswer {
  entryId: string;
  slug: string;
  revisionId: string;
  number: number;
}

/**
 * Saves a change to an entry as its draft revision: a new entry (entryId null) gets entry + revision 1; an
 * entry whose newest revision is still open (draft or in review) has that revision edited in place — back
 * to draft, since what the reviewer saw changed — and otherwise a new draft revision is numbered after the
 * newest. Published revisions never change. The questionnaire autopilot's "send to library" calls this too.
 */
export async function reviseAnswerEntry(ctx: Ctx, input: TReviseAnswerEntry): Promise<RevisedAnswer> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const p = parseInput(ZReviseAnswerEntrySchema, input);
  const userId = staff.session.user.id;

  const staffList = await contentStaff(db(), staff.organization.id);
  const ownerId = p.ownerId ?? userId;
  const owner = staffList.find((s) => s.id === ownerId);
  if (!owner && p.ownerId)
    throw new AppError('VALIDATION', undefined, { ownerId: [fieldMessage('ANSWER_OWNER_INVALID')] });
  const reviewBy = p.reviewBy
    ? new Date(`${p.reviewBy}T00:00:00Z`)
    : new Date(Date.now() + DEFAULT_REVIEW_DAYS * 86_400_000);
  const content = {
    question: p.question,
    alternatives: [...new Set(p.alternatives)],
    shortAnswer: p.shortAnswer,
    answer: p.answer,
    evidence: p.evidence,
    visibility: p.visibility,
    ownerId: owner ? owner.id : null,
    ownerLabel: owner ? owner.name : authorName(staff),
    reviewBy,
    message: p.message,
  };

  return db().$transaction(async (tx) => {
    let entry: { id: string; slug: string };
    let revision: { id: string; number: number };
    let created = false;
    if (!p.entryId) {
      const slug = p.slug ?? (await freeSlug(tx, slugFromQuestion(p.question)));
      if (await tx.answerEntry.findUnique({ where: { slug }, select: { id: true } }))
        throw new AppError('ANSWER_SLUG_TAKEN', { slug });
      entry = await tx.answerEntry.create({ data: { slug }, select: { id: true, slug: true } });
      revision = await tx.answerRevision.create({
        data: {
          ...content,
          entryId: entry.id,
          number: 1,
          origin: p.origin,
          authorId: userId,
          authorLabel: authorName(staff),
          contributorIds: [userId],
        },
        select: { id: true, number: true },
      });
      created = true;
    } else {
      const found = await tx.answerEntry.findUnique({
        where: { id: p.entryId },
        include: { revisions: { orderBy: { number: 'desc' }, take: 1 } },
      });
      if (!found || found.archivedAt) throw new AppError('NOT_FOUND');
      entry = found;
      const newest = found.revisions[0];
      if (newest && (newest.status === 'draft' || newest.status === 'in_review')) {
        const claim = await tx.answerRevision.updateMany({
          where: { id: newest.id, status: newest.status, updatedAt: newest.updatedAt },
          data: {
            ...content,
            status: 'draft',
            submittedAt: null,
            submittedById: null,
            contributorIds: newest.contributorIds.includes(userId)
              ? newest.contributorIds
              : [...newest.contributorIds, userId],
          },
        });
        if (claim.count !== 1) throw new AppError('ANSWER_CHANGED');
        revision = newest;
      } else {
        revision = await tx.answerRevision.create({
          data: {
            ...content,
            entryId: found.id,
            number: (newest?.number ?? 0) + 1,
            origin: p.origin,
            authorId: userId,
            authorLabel: authorName(staff),
            contributorIds: [userId],
          },
          select: { id: true, number: true },
        });
      }
    }
    if (p.askedId) {
      const asked = await tx.askedQuestion.updateMany({
        where: { id: p.askedId, status: 'open' },
        data: { status: 'drafted', entryId: entry.id, decidedById: userId, decidedAt: new Date() },
      });
      if (asked.count !== 1) throw new AppError('ASKED_QUESTION_DECIDED', { status: 'handled' });
    }
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'answer.draft.saved',
      actor: staff.actor,
      target: { type: 'answer_entry', id: entry.id, label: entryLabel(p.question, entry.slug) },
      changes: {
        revision: revision.number,
        created,
        visibility: p.visibility,
        shortAnswer: p.shortAnswer,
        origin: p.origin,
        ...(p.askedId ? { askedQuestionId: p.askedId } : {}),
      },
      meta: ctx.meta,
    });
    return { entryId: entry.id, slug: entry.slug, revisionId: revision.id, number: revision.number };
  });
}

/** `base`, or `base-2`, `base-3`… — the first slug no entry uses. */
async function freeSlug(tx: DbTransaction, base: string): Promise<string> {
  const taken = new Set(
    (await tx.answerEntry.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (e) => e.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
