import { authorize, type AuthorizedCtx } from '@/lib/access/authorize';
import { can } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db, type DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { STUDIO } from '@/lib/studio/access';
import { parseInput } from '@/lib/validation/parse-input';
import { ZAnswerRevisionRefSchema } from '@/lib/validation/answers';
import { invalidateAnswerMatcher } from '../corpus';
import { answerPublishBlock, entryLabel } from './entries';

// An entry's way to the public: draft → in_review (any content editor) → published (content:publish, and
// with the organization's four-eyes setting on — the same setting as pages — never by the revision's only
// author). A reviewer who disagrees sends it back to draft.

async function findRevision(revisionId: string) {
  const revision = await db().answerRevision.findUnique({ where: { id: revisionId }, include: { entry: true } });
  if (!revision || revision.entry.archivedAt) throw new AppError('NOT_FOUND');
  return revision;
}

/** Sends a draft for review. */
export async function requestAnswerReview(ctx: Ctx, input: { revisionId: string }): Promise<{ status: 'in_review' }> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const { revisionId } = parseInput(ZAnswerRevisionRefSchema, input);
  const revision = await findRevision(revisionId);
  if (revision.status !== 'draft') throw new AppError('ANSWER_NOT_A_DRAFT');
  await db().$transaction(async (tx) => {
    const claim = await tx.answerRevision.updateMany({
      where: { id: revisionId, status: 'draft', updatedAt: revision.updatedAt },
      data: { status: 'in_review', submittedAt: new Date(), submittedById: staff.session.user.id },
    });
    if (claim.count !== 1) throw new AppError('ANSWER_CHANGED');
    await audit(tx, staff, ctx, 'answer.review.requested', revision, {});
  });
  return { status: 'in_review' };
}

/** Sends a revision in review back to draft. */
export async function requestAnswerChanges(ctx: Ctx, input: { revisionId: string }): Promise<{ status: 'draft' }> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const { revisionId } = parseInput(ZAnswerRevisionRefSchema, input);
  const revision = await findRevision(revisionId);
  if (revision.status !== 'in_review') throw new AppError('ANSWER_NOT_IN_REVIEW');
  await db().$transaction(async (tx) => {
    const claim = await tx.answerRevision.updateMany({
      where: { id: revisionId, status: 'in_review' },
      data: { status: 'draft', submittedAt: null, submittedById: null },
    });
    if (claim.count !== 1) throw new AppError('ANSWER_CHANGED');
    await audit(tx, staff, ctx, 'answer.changes_requested', revision, {});
  });
  return { status: 'draft' };
}

/** Publishes a revision in review: it replaces the entry's published revision (which becomes superseded). */
export async function publishAnswerRevision(ctx: Ctx, input: { revisionId: string }): Promise<{ status: 'published' }> {
  const staff = await authorize(ctx, 'content:publish', STUDIO);
  const { revisionId } = parseInput(ZAnswerRevisionRefSchema, input);
  const revision = await findRevision(revisionId);
  const { fourEyesPublishing } = await db().organization.findUniqueOrThrow({
    where: { id: staff.organization.id },
    select: { fourEyesPublishing: true },
  });
  const blocked = answerPublishBlock(revision, staff.session.user.id, {
    canPublish: can(ctx, 'content:publish'),
    fourEyes: fourEyesPublishing,
  });
  if (blocked) throw new AppError(blocked);
  const now = new Date();
  await db().$transaction(async (tx) => {
    const claim = await tx.answerRevision.updateMany({
      where: { id: revisionId, status: 'in_review', updatedAt: revision.updatedAt },
      data: { status: 'published', publishedAt: now, publishedById: staff.session.user.id },
    });
    if (claim.count !== 1) throw new AppError('ANSWER_CHANGED');
    const previous = revision.entry.publishedRevisionId;
    if (previous) await tx.answerRevision.update({ where: { id: previous }, data: { status: 'superseded' } });
    await tx.answerEntry.update({
      where: { id: revision.entryId },
      data: { publishedRevisionId: revisionId, publishedAt: now },
    });
    await audit(tx, staff, ctx, 'answer.published', revision, {
      visibility: revision.visibility,
      fourEyes: fourEyesPublishing,
    });
  });
  // This process answers from the new library at once; the others notice through the content poll.
  invalidateAnswerMatcher();
  return { status: 'published' };
}

function audit(
  tx: DbTransaction,
  staff: AuthorizedCtx,
  ctx: Ctx,
  action: 'answer.review.requested' | 'answer.changes_requested' | 'answer.published',
  revision: { entryId: string; number: number; question: string; entry: { slug: string } },
  changes: Record<string, unknown>,
) {
  return recordAudit(tx, {
    organizationId: staff.organization.id,
    action,
    actor: staff.actor,
    target: { type: 'answer_entry', id: revision.entryId, label: entryLabel(revision.question, revision.entry.slug) },
    changes: { revision: revision.number, ...changes },
    meta: ctx.meta,
  });
}
