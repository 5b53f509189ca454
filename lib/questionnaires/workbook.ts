import ExcelJS from 'exceljs';
import { AppError } from '@/lib/errors';
import { QUESTIONNAIRE_MAX_ROWS, type SpreadsheetFormat } from './file-check';
import { parseCsv } from './csv';

// A spreadsheet read as text, the same way for XLSX and CSV. Formulas are never evaluated: a formula
// cell reads as the value the spreadsheet program cached when it last saved the file (or nothing), and a
// CSV cell that starts with "=" is just text. A cell covered by a merge reads as empty, so a section title
// merged across the columns is seen once, in its first column.

export interface SheetGrid {
  name: string;
  /** rows[r][c]: the text of row r + 1, column c + 1 ('' when empty). */
  rows: string[][];
  columnCount: number;
}

const MAX_CELL = 32_767; // Excel's own limit on a cell's text

/** The text a cell shows, from its stored value (a formula's cached result, never the formula). */
export function cellText(cell: ExcelJS.Cell): string {
  if (cell.type === ExcelJS.ValueType.Merge) return '';
  return valueText(cell.value).slice(0, MAX_CELL);
}

function valueText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v) return valueText((v as ExcelJS.CellFormulaValue).result as never);
    if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : valueText(v.text as never);
    if ('error' in v) return '';
  }
  return '';
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw new AppError('QUESTIONNAIRE_UNREADABLE');
  }
  return wb;
}

function tooMany(sheet: string, rows: number): never {
  throw new AppError('QUESTIONNAIRE_TOO_MANY_ROWS', {
    sheet,
    rows: rows.toLocaleString('en'),
    max: QUESTIONNAIRE_MAX_ROWS.toLocaleString('en'),
  });
}

function gridOfWorksheet(ws: ExcelJS.Worksheet): SheetGrid {
  // actualRowCount counts rows holding values; rowCount is the last one (formatting alone counts there).
  if (ws.actualRowCount > QUESTIONNAIRE_MAX_ROWS) tooMany(ws.name, ws.actualRowCount);
  const rows: string[][] = [];
  let columnCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > QUESTIONNAIRE_MAX_ROWS * 4) return; // far below the questions: formatting-only rows
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const text = cellText(cell).trim();
      if (text) {
        cells[c - 1] = text;
        columnCount = Math.max(columnCount, c);
      }
    });
    rows[r - 1] = Array.from(cells, (x) => x ?? '');
  });
  return { name: ws.name, rows: Array.from(rows, (x) => x ?? []), columnCount };
}

/** Every sheet as text. Refuses a sheet of more than 5,000 rows, and a file whose sheets are all empty. */
export async function readSpreadsheet(
  bytes: Uint8Array,
  format: SpreadsheetFormat,
  fileName = 'questionnaire.csv',
): Promise<SheetGrid[]> {
  let sheets: SheetGrid[];
  if (format === 'csv') {
    const rows = parseCsv(decodeText(bytes));
    if (rows.length > QUESTIONNAIRE_MAX_ROWS) tooMany(csvSheetName(fileName), rows.length);
    sheets = [
      {
        name: csvSheetName(fileName),
        rows: rows.map((r) => r.map((c) => c.trim().slice(0, MAX_CELL))),
        columnCount: Math.max(0, ...rows.map((r) => lastFilled(r))),
      },
    ];
  } else {
    const wb = await loadWorkbook(bytes);
    sheets = wb.worksheets.filter((ws) => ws.state !== 'veryHidden').map(gridOfWorksheet);
  }
  if (!sheets.some((s) => s.columnCount > 0)) throw new AppError('QUESTIONNAIRE_ALL_SHEETS_EMPTY');
  return sheets;
}

const lastFilled = (r: string[]) => {
  for (let c = r.length; c > 0; c--) if (r[c - 1]!.trim()) return c;
  return 0;
};

export const csvSheetName = (fileName: string) => fileName.replace(/\.[^.]*$/, '').slice(0, 31) || 'CSV';

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** "A", "B", … "Z", "AA": the spreadsheet name of a 1-based column. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
