import { writeCsv } from './csv';
import type { AnswerCells } from './export-file';
import { SOURCE_HEADER } from './export-file';
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
  const set = (r: number, c: number, text: string) => {
    while (rows.length < r) rows.push([]);
    const row = rows[r - 1]!;
    while (row.length < c) row.push('');
    row[c - 1] = text;
  };
  if (m.headerRow) set(m.headerRow, sourceColumn, SOURCE_HEADER);
  for (const a of answers) {
    set(a.rowNumber, m.answerColumn, a.answer);
    if (m.commentColumn && a.comment !== null) set(a.rowNumber, m.commentColumn, a.comment);
    if (a.source) set(a.rowNumber, sourceColumn, a.source);
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  return writeCsv(rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]));
}
