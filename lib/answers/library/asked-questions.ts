import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { STUDIO } from '@/lib/studio/access';
import { parseInput } from '@/lib/validation/parse-input';
import { ZAskedQuestionRefSchema } from '@/lib/validation/answers';

// "Asked by prospects": the public Ask box's questions that found no high-grade answer (lib/answers/
// ask-question.ts counts them). Staff turn one into a draft entry (reviseAnswerEntry with askedId) or
// dismiss it.

export interface AskedQuestionRow {
  id: string;
  text: string;
  normalised: string;
  count: number;
  lastGrade: string;
  status: 'open' | 'drafted' | 'dismissed';
  entryId: string | null;
  firstAskedAt: string;
  lastAskedAt: string;
}

export async function listAskedQuestions(
  ctx: Ctx,
  input: { status?: 'open' | 'drafted' | 'dismissed' } = {},
): Promise<AskedQuestionRow[]> {
  await authorize(ctx, 'content:edit', STUDIO);
  const status = input.status && ['open', 'drafted', 'dismissed'].includes(input.status) ? input.status : 'open';
  const rows = await db().askedQuestion.findMany({
    where: { status },
    orderBy: [{ count: 'desc' }, { lastAskedAt: 'desc' }],
    take: 200,
  });
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    normalised: r.normalised,
    count: r.count,
    lastGrade: r.lastGrade,
    status: r.status,
    entryId: r.entryId,
    firstAskedAt: r.firstAskedAt.toISOString(),
    lastAskedAt: r.lastAskedAt.toISOString(),
  }));
}

/** One open question, for the editor that drafts an entry from it. */
export async function getAskedQuestion(ctx: Ctx, input: { askedId: string }): Promise<AskedQuestionRow | null> {
  const rows = await listAskedQuestions(ctx, { status: 'open' });
  return rows.find((r) => r.id === input.askedId) ?? null;
}

export async function dismissAskedQuestion(ctx: Ctx, input: { askedId: string }): Promise<{ status: 'dismissed' }> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const { askedId } = parseInput(ZAskedQuestionRefSchema, input);
  await db().$transaction(async (tx) => {
    const asked = await tx.askedQuestion.findUnique({ where: { id: askedId } });
    if (!asked) throw new AppError('NOT_FOUND');
    const claim = await tx.askedQuestion.updateMany({
      where: { id: askedId, status: 'open' },
      data: { status: 'dismissed', decidedById: staff.session.user.id, decidedAt: new Date() },
    });
    if (claim.count !== 1) throw new AppError('ASKED_QUESTION_DECIDED', { status: asked.status });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'answer.asked.dismissed',
      actor: staff.actor,
      // The question's wording stays in the queue; the audit log names it only by id and count.
      target: { type: 'asked_question', id: askedId, label: null },
      changes: { count: asked.count },
      meta: ctx.meta,
    });
  });
  return { status: 'dismissed' };
}
