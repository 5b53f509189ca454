import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { contentStaff } from '@/lib/studio/staff';
import { parseInput } from '@/lib/validation/parse-input';
import { ZQuestionnaireRowAssignSchema } from '@/lib/validation/questionnaires';
import { authorizeQuestionnaires, findRow, target } from './access';
import { rowDto, type QuestionnaireRowDto } from './dto';

/** Gives a row to a colleague who edits content (or takes it back: null). */
export async function assignQuestionnaireRow(
  ctx: Ctx,
  input: { rowId: string; assigneeId: string | null },
): Promise<QuestionnaireRowDto> {
  const staff = await authorizeQuestionnaires(ctx);
  const p = parseInput(ZQuestionnaireRowAssignSchema, input);
  const organizationId = staff.organization.id;
  return db().$transaction(async (tx) => {
    const row = await findRow(tx, organizationId, p.rowId);
    const assignee = p.assigneeId ? (await contentStaff(tx, organizationId)).find((s) => s.id === p.assigneeId) : null;
    if (p.assigneeId && !assignee) throw new AppError('QUESTIONNAIRE_ASSIGNEE_NOT_STAFF');
    const updated = await tx.questionnaireRow.update({ where: { id: row.id }, data: { assigneeId: p.assigneeId } });
    await recordAudit(tx, {
      organizationId,
      action: 'questionnaire.row_assigned',
      actor: staff.actor,
      target: target(row.questionnaire),
      changes: { row: row.rowNumber, ref: row.ref, assignee: assignee?.email ?? null },
      meta: ctx.meta,
    });
    return rowDto(updated);
  });
}
