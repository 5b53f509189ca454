import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZQuestionnaireRowEditSchema } from '@/lib/validation/questionnaires';
import { authorizeQuestionnaires, findRow, target } from './access';
import { rowDto, type QuestionnaireRowDto } from './dto';

/** Staff's own answer for a row: saving it accepts it (a person wrote it). */
export async function editQuestionnaireRow(
  ctx: Ctx,
  input: { rowId: string; shortAnswer: string | null; answer: string },
): Promise<QuestionnaireRowDto> {
  const staff = await authorizeQuestionnaires(ctx);
  const p = parseInput(ZQuestionnaireRowEditSchema, input);
  return db().$transaction(async (tx) => {
    const row = await findRow(tx, staff.organization.id, p.rowId);
    const updated = await tx.questionnaireRow.update({
      where: { id: row.id },
      data: {
        shortAnswer: p.shortAnswer,
        answer: p.answer,
        edited: true,
        state: 'ACCEPTED',
        decidedByLabel: staff.session.user.name || staff.session.user.email,
        decidedAt: new Date(),
      },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'questionnaire.row_edited',
      actor: staff.actor,
      target: target(row.questionnaire),
      changes: { row: row.rowNumber, ref: row.ref, shortAnswer: p.shortAnswer, chars: p.answer.length },
      meta: ctx.meta,
    });
    return rowDto(updated);
  });
}
