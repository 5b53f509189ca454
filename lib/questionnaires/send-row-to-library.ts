import { reviseAnswerEntry, type RevisedAnswer } from '@/lib/answers/library/revise-answer-entry';
import { evidenceOf } from '@/lib/answers/library/entries';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZQuestionnaireRowRefSchema } from '@/lib/validation/questionnaires';
import { authorizeQuestionnaires, findRow, target } from './access';
import { rowDto } from './dto';

/**
 * An edited answer becomes a draft revision in the answer library (reviewed and published there, like
 * any revision). When the suggestion came from a library entry, the draft revises that entry and keeps
 * its evidence and visibility, with this questionnaire's wording added as an alternative phrasing;
 * otherwise it drafts a new entry, internal until a reviewer decides who may see it.
 */
export async function sendRowToLibrary(ctx: Ctx, input: { rowId: string }): Promise<RevisedAnswer> {
  const staff = await authorizeQuestionnaires(ctx);
  const { rowId } = parseInput(ZQuestionnaireRowRefSchema, input);
  const organizationId = staff.organization.id;
  const row = await findRow(db(), organizationId, rowId);
  const dto = rowDto(row);
  if (!row.edited || !row.answer) throw new AppError('QUESTIONNAIRE_ROW_NOT_EDITED');
  const top = dto.sources[0];
  const slug = top?.kind === 'entry' && top.id.startsWith('entry:') ? top.id.slice('entry:'.length) : null;
  const entry = slug
    ? await db().answerEntry.findFirst({
        where: { slug, archivedAt: null },
        include: { revisions: { orderBy: { number: 'desc' }, take: 1 } },
      })
    : null;
  const current = entry?.revisions[0];
  const shortAnswer = dto.shortAnswer ?? current?.shortAnswer ?? 'partial';
  const revised = await reviseAnswerEntry(
    ctx,
    current
      ? {
          entryId: entry!.id,
          question: current.question,
          alternatives: [...new Set([...current.alternatives, row.question.slice(0, 500)])].slice(0, 30),
          shortAnswer,
          answer: row.answer,
          evidence: evidenceOf(current.evidence),
          visibility: current.visibility,
          message: `From the ${row.questionnaire.company} questionnaire`,
          origin: 'questionnaire',
        }
      : {
          entryId: null,
          question: row.question.slice(0, 500),
          shortAnswer,
          answer: row.answer,
          visibility: 'internal',
          message: `From the ${row.questionnaire.company} questionnaire`,
          origin: 'questionnaire',
        },
  );
  await db().$transaction(async (tx) => {
    await tx.questionnaireRow.update({ where: { id: row.id }, data: { sentToLibraryAt: new Date() } });
    await recordAudit(tx, {
      organizationId,
      action: 'questionnaire.row_sent_to_library',
      actor: staff.actor,
      target: target(row.questionnaire),
      changes: { row: row.rowNumber, ref: row.ref, entry: revised.slug, revision: revised.number },
      meta: ctx.meta,
    });
  });
  return revised;
}
