import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { contentStaff } from '@/lib/studio/staff';
import { parseInput } from '@/lib/validation/parse-input';
import { ZQuestionnaireRefSchema } from '@/lib/validation/questionnaires';
import { authorizeQuestionnaires, findQuestionnaire } from './access';
import { mappingOf, rowDto, summaryDto, type QuestionnaireDto, type QuestionnaireSummaryDto } from './dto';
import { summariseSheets, type SheetSummary } from './mapping';
import { readSpreadsheet } from './workbook';

/** The organization's questionnaires, newest first, with their counts. */
export async function listQuestionnaires(ctx: Ctx): Promise<QuestionnaireSummaryDto[]> {
  const staff = await authorizeQuestionnaires(ctx);
  const list = await db().questionnaire.findMany({
    where: { organizationId: staff.organization.id },
    orderBy: { createdAt: 'desc' },
    omit: { original: true },
    include: { rows: { select: { grade: true, state: true } } },
    take: 200,
  });
  return list.map((q) => summaryDto(q, q.rows));
}

/** One questionnaire with its rows and the staff its rows can be assigned to. */
export async function getQuestionnaire(
  ctx: Ctx,
  input: { questionnaireId: string },
): Promise<{ questionnaire: QuestionnaireDto; staff: { id: string; name: string }[] }> {
  const staff = await authorizeQuestionnaires(ctx);
  const { questionnaireId } = parseInput(ZQuestionnaireRefSchema, input);
  const q = await findQuestionnaire(db(), staff.organization.id, questionnaireId);
  const rows = await db().questionnaireRow.findMany({
    where: { questionnaireId: q.id },
    orderBy: { rowNumber: 'asc' },
  });
  const people = await contentStaff(db(), staff.organization.id);
  return {
    questionnaire: { ...summaryDto(q, rows), mapping: mappingOf(q), rows: rows.map(rowDto) },
    staff: people.map((p) => ({ id: p.id, name: p.name })),
  };
}

/** The sheets and columns of the stored file, for the mapping form. */
export async function getQuestionnaireSheets(ctx: Ctx, input: { questionnaireId: string }): Promise<SheetSummary[]> {
  const staff = await authorizeQuestionnaires(ctx);
  const { questionnaireId } = parseInput(ZQuestionnaireRefSchema, input);
  const q = await findQuestionnaire(db(), staff.organization.id, questionnaireId);
  const sheets = await readSpreadsheet(q.original, q.format === 'csv' ? 'csv' : 'xlsx', q.fileName);
  return summariseSheets(sheets, mappingOf(q));
}
