import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZQuestionnaireRefSchema } from '@/lib/validation/questionnaires';
import { authorizeQuestionnaires, findQuestionnaire, target } from './access';

/** Accepts every high-graded suggestion nobody has decided on yet (rows marked for an expert stay). */
export async function acceptHighGradedRows(
  ctx: Ctx,
  input: { questionnaireId: string },
): Promise<{ accepted: number }> {
  const staff = await authorizeQuestionnaires(ctx);
  const { questionnaireId } = parseInput(ZQuestionnaireRefSchema, input);
  return db().$transaction(async (tx) => {
    const q = await findQuestionnaire(tx, staff.organization.id, questionnaireId);
    if (!q.processedAt) throw new AppError('QUESTIONNAIRE_NOT_PROCESSED');
    const { count } = await tx.questionnaireRow.updateMany({
      where: { questionnaireId: q.id, grade: 'high', state: 'SUGGESTED', answer: { not: null } },
      data: {
        state: 'ACCEPTED',
        decidedByLabel: staff.session.user.name || staff.session.user.email,
        decidedAt: new Date(),
      },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'questionnaire.rows_accepted',
      actor: staff.actor,
      target: target(q),
      changes: { grade: 'high', accepted: count },
      meta: ctx.meta,
    });
    return { accepted: count };
  });
}
