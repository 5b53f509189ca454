import crypto from 'node:crypto';
import { recordAudit } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZQuestionnaireExportSchema } from '@/lib/validation/questionnaires';
import { authorizeQuestionnaires, findQuestionnaire, target } from './access';
import { answerCells } from './answer-cells';
import { mappingOf, rowDto } from './dto';
import { writeAnswersCsv, writeAnswersXlsx } from './export-file';
import { workbookSheetCsv } from './workbook-to-csv';

export interface QuestionnaireExport {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

const baseName = (name: string) =>
  name
    .replace(/\.[^.]*$/, '')
    .replace(/[^A-Za-z0-9._ -]+/g, '-')
    .slice(0, 100) || 'questionnaire';

/**
 * The questionnaire with its accepted answers written in: into the original workbook (XLSX) or as CSV.
 * Only accepted rows are written: a suggestion nobody approved never leaves the building. Audited.
 */
export async function exportQuestionnaire(
  ctx: Ctx,
  input: { questionnaireId: string; format?: 'xlsx' | 'csv' },
): Promise<QuestionnaireExport> {
  const staff = await authorizeQuestionnaires(ctx);
  const p = parseInput(ZQuestionnaireExportSchema, input);
  const q = await findQuestionnaire(db(), staff.organization.id, p.questionnaireId);
  if (!q.processedAt) throw new AppError('QUESTIONNAIRE_NOT_PROCESSED');
  const rows = (
    await db().questionnaireRow.findMany({
      where: { questionnaireId: q.id, state: 'ACCEPTED' },
      orderBy: { rowNumber: 'asc' },
    })
  ).map(rowDto);
  const mapping = mappingOf(q);
  const appUrl = getConfig().appUrl;
  const cells = rows.map((r) => answerCells(r, mapping.commentColumn !== null, appUrl));
  // A CSV upload exports as CSV either way: there is no workbook to write into.
  const format = q.format === 'csv' ? 'csv' : p.format;
  let out: QuestionnaireExport;
  if (format === 'xlsx') {
    out = {
      fileName: `${baseName(q.fileName)} - answered.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: await writeAnswersXlsx(q.original, mapping, cells),
    };
  } else {
    const csv =
      q.format === 'csv'
        ? writeAnswersCsv(q.original, mapping, cells)
        : await workbookSheetCsv(q.original, mapping, cells);
    out = {
      fileName: `${baseName(q.fileName)} - answered.csv`,
      contentType: 'text/csv; charset=utf-8',
      bytes: new TextEncoder().encode(csv),
    };
  }
  await db().$transaction(async (tx) => {
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'questionnaire.exported',
      actor: staff.actor,
      target: target(q),
      changes: {
        format,
        answers: rows.length,
        size: out.bytes.length,
        sha256: crypto.createHash('sha256').update(out.bytes).digest('hex'),
      },
      meta: ctx.meta,
    });
  });
  return out;
}
