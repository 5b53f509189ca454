import { answersIntoCsvRows, type AnswerCells } from './export-file';
import type { QuestionnaireMapping } from './mapping';
import { readSpreadsheet } from './workbook';

/** A workbook's question sheet as CSV (cached values, never formulas), with the answers and Source filled in. */
export async function workbookSheetCsv(
  original: Uint8Array,
  m: QuestionnaireMapping,
  answers: AnswerCells[],
): Promise<string> {
  const sheet = (await readSpreadsheet(original, 'xlsx')).find((s) => s.name === m.sheetName);
  const rows = (sheet?.rows ?? []).map((r) => [...r]);
  const sourceColumn = Math.max(sheet?.columnCount ?? 0, m.questionColumn, m.answerColumn, m.commentColumn ?? 0) + 1;
  return answersIntoCsvRows(rows, sourceColumn, m, answers);
}
