import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZQuestionnaireStatusSchema } from '@/lib/validation/questionnaires';
import { authorizeQuestionnaires, findQuestionnaire, target } from './access';

/** Draft → in review → sent (and back, if a prospect returns it with more questions). */
export async function setQuestionnaireStatus(
  ctx: Ctx,
  input: { questionnaireId: string; status: 'DRAFT' | 'IN_REVIEW' | 'SENT' },
): Promise<{ status: 'DRAFT' | 'IN_REVIEW' | 'SENT' }> {
  const staff = await authorizeQuestionnaires(ctx);
  const p = parseInput(ZQuestionnaireStatusSchema, input);
  return db().$transaction(async (tx) => {
    const q = await findQuestionnaire(tx, staff.organization.id, p.questionnaireId);
    if (q.status === p.status) return { status: q.status };
    await tx.questionnaire.update({ where: { id: q.id }, data: { status: p.status } });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'questionnaire.status_changed',
      actor: staff.actor,
      target: target(q),
      changes: { from: q.status, to: p.status },
      meta: ctx.meta,
    });
    return { status: p.status };
  });
}
