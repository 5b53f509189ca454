import { parseCsv, formulaSafe, writeCsv } from './csv';
import type { QuestionnaireMapping } from './mapping';
import { decodeText, loadWorkbook } from './workbook';

// The answers written back into the file the prospect sent: the same workbook (its sheets, formatting and
// every other cell as they were), the accepted answers in the chosen answer column (and comments column),
// and a "Source" column after the last used one. Written text is formula-safe: a value starting with
// = + - @, tab or carriage return gets a leading apostrophe, as the sub-processor register's CSV does, so
// opening the export never runs anything we wrote. Formulas already in the workbook stay as they were.

export interface AnswerCells {
  rowNumber: number;
  /** What goes into the answer column. */
  answer: string;
  /** What goes into the comments column, when the mapping has one. */
  comment: string | null;
  source: string;
}

export const SOURCE_HEADER = 'Source';

function sourceColumnOf(lastUsed: number, m: QuestionnaireMapping): number {
  return Math.max(lastUsed, m.questionColumn, m.answerColumn, m.commentColumn ?? 0) + 1;
}

export async function writeAnswersXlsx(
  original: Uint8Array,
  m: QuestionnaireMapping,
  answers: AnswerCells[],
): Promise<Uint8Array> {
  const wb = await loadWorkbook(original);
  const ws = wb.getWorksheet(m.sheetName);
  if (!ws) throw new Error(`sheet ${m.sheetName} not in the workbook`);
  const sourceColumn = sourceColumnOf(ws.columnCount, m);
  const headerRow = m.headerRow || 0;
  if (headerRow) {
    const head = ws.getCell(headerRow, sourceColumn);
    head.value = SOURCE_HEADER;
    // The new header looks like the answer column's header.
    head.style = structuredClone(ws.getCell(headerRow, m.answerColumn).style ?? {});
  }
  const width = ws.getColumn(m.answerColumn).width;
  ws.getColumn(sourceColumn).width = Math.max(width ?? 0, 40);
  const write = (row: number, col: number, text: string) => {
    const target = ws.getCell(row, col);
    // A typed string cell (never a formula), formula-safe all the same.
    target.value = formulaSafe(text);
    if (!target.alignment?.wrapText)
      target.alignment = { ...(target.alignment ?? {}), wrapText: true, vertical: 'top' };
  };
  for (const a of answers) {
    write(a.rowNumber, m.answerColumn, a.answer);
    if (m.commentColumn && a.comment !== null) write(a.rowNumber, m.commentColumn, a.comment);
    if (a.source) write(a.rowNumber, sourceColumn, a.source);
  }
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

export function writeAnswersCsv(original: Uint8Array, m: QuestionnaireMapping, answers: AnswerCells[]): string {
  const rows = parseCsv(decodeText(original));
  const lastUsed = Math.max(0, ...rows.map((r) => r.length));
  return answersIntoCsvRows(rows, sourceColumnOf(lastUsed, m), m, answers);
}

/** Writes the answers (and the Source column) into a sheet's rows, in place, and returns them as CSV. */
export function answersIntoCsvRows(
  rows: string[][],
  sourceColumn: number,
  m: QuestionnaireMapping,
  answers: AnswerCells[],
): string {
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
