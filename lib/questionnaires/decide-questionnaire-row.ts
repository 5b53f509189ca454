import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZQuestionnaireRowDecisionSchema } from '@/lib/validation/questionnaires';
import { authorizeQuestionnaires, findRow, target } from './access';
import { rowDto, type QuestionnaireRowDto } from './dto';

const ACTION = {
  accept: 'questionnaire.row_accepted',
  needs_expert: 'questionnaire.row_needs_expert',
  reopen: 'questionnaire.row_reopened',
} as const;
const STATE = { accept: 'ACCEPTED', needs_expert: 'NEEDS_EXPERT', reopen: 'SUGGESTED' } as const;

/** Accept a row's answer as it stands, mark it for an expert, or take a decision back. */
export async function decideQuestionnaireRow(
  ctx: Ctx,
  input: { rowId: string; decision: 'accept' | 'needs_expert' | 'reopen' },
): Promise<QuestionnaireRowDto> {
  const staff = await authorizeQuestionnaires(ctx);
  const { rowId, decision } = parseInput(ZQuestionnaireRowDecisionSchema, input);
  return db().$transaction(async (tx) => {
    const row = await findRow(tx, staff.organization.id, rowId);
    if (decision === 'accept' && !row.answer?.trim()) throw new AppError('QUESTIONNAIRE_ROW_NO_ANSWER');
    const updated = await tx.questionnaireRow.update({
      where: { id: row.id },
      data: {
        state: STATE[decision],
        decidedByLabel: decision === 'reopen' ? null : staff.session.user.name || staff.session.user.email,
        decidedAt: decision === 'reopen' ? null : new Date(),
      },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: ACTION[decision],
      actor: staff.actor,
      target: target(row.questionnaire),
      changes: { row: row.rowNumber, ref: row.ref, from: row.state, to: updated.state },
      meta: ctx.meta,
    });
    return rowDto(updated);
  });
}
