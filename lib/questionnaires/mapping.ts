import { AppError } from '@/lib/errors';
import { columnLetter, type SheetGrid } from './workbook';

// Where the questions are: the studio proposes a sheet, a header row, the question column, the answer
// column and (if there is one) a comments column; staff confirm or change them before processing.
// Heuristics: header cells ("Question", "Control", "Requirement"; "Answer", "Response"; "Comments",
// "Notes"), and otherwise the column whose cells read most like questions (long text, "?", "Do you…").

export interface QuestionnaireMapping {
  sheetName: string;
  /** 1-based; 0 when the sheet has no header row (questions start on row 1). */
  headerRow: number;
  questionColumn: number;
  answerColumn: number;
  commentColumn: number | null;
}

export interface ColumnSummary {
  index: number;
  letter: string;
  header: string;
  sample: string;
}

export interface SheetSummary {
  name: string;
  rowCount: number;
  columns: ColumnSummary[];
}

export interface ExtractedQuestion {
  rowNumber: number;
  ref: string | null;
  section: string | null;
  question: string;
}

const QUESTION_HEADER = /\b(question|questions|control|requirement|query|inquiry|item description|criteria)\b/i;
const ANSWER_HEADER = /\b(answer|answers|response|responses|reply|vendor response|supplier response|yes\s*\/\s*no)\b/i;
const COMMENT_HEADER =
  /\b(comment|comments|remark|remarks|note|notes|explanation|additional information|details|evidence|justification)\b/i;
const ID_HEADER = /^(id|ref|ref\.|reference|#|no\.?|number|question id|control id|item)$/i;
const QUESTION_START =
  /^(do|does|is|are|has|have|can|will|would|should|please|describe|explain|provide|how|what|which|who|when|where|list|indicate|confirm)\b/i;

const cell = (g: SheetGrid, r: number, c: number) => g.rows[r - 1]?.[c - 1] ?? '';

function questionLikeness(text: string): number {
  if (text.length < 12) return 0;
  let score = Math.min(text.length, 200) / 200;
  if (/\?\s*$/.test(text)) score += 1;
  if (QUESTION_START.test(text)) score += 1;
  return score;
}

function headerRowOf(g: SheetGrid): number {
  for (let r = 1; r <= Math.min(g.rows.length, 30); r++) {
    const cells = g.rows[r - 1] ?? [];
    const filled = cells.filter(Boolean);
    if (filled.length < 2) continue;
    const short = filled.every((t) => t.length <= 60);
    if (short && cells.some((t) => QUESTION_HEADER.test(t)) && cells.some((t) => ANSWER_HEADER.test(t))) return r;
  }
  for (let r = 1; r <= Math.min(g.rows.length, 30); r++) {
    const cells = g.rows[r - 1] ?? [];
    if (cells.filter(Boolean).length >= 2 && cells.some((t) => t.length <= 60 && QUESTION_HEADER.test(t))) return r;
  }
  return 0;
}

function proposeForSheet(g: SheetGrid): { mapping: QuestionnaireMapping; score: number } {
  const headerRow = headerRowOf(g);
  const header = (c: number) => (headerRow ? cell(g, headerRow, c) : '');
  const likeness: number[] = [];
  for (let c = 1; c <= g.columnCount; c++) {
    let sum = 0;
    for (let r = headerRow + 1; r <= g.rows.length; r++) sum += questionLikeness(cell(g, r, c));
    likeness[c] = sum;
  }
  const byHeader = (re: RegExp, not: number[] = []) => {
    for (let c = 1; c <= g.columnCount; c++) if (!not.includes(c) && re.test(header(c))) return c;
    return 0;
  };
  let questionColumn = 0;
  // Of the columns whose header says "question", the one with the most question-like text.
  for (let c = 1; c <= g.columnCount; c++)
    if (QUESTION_HEADER.test(header(c)) && !ANSWER_HEADER.test(header(c)))
      if (!questionColumn || likeness[c]! > likeness[questionColumn]!) questionColumn = c;
  if (!questionColumn || likeness[questionColumn] === 0) {
    for (let c = 1; c <= g.columnCount; c++)
      if (!questionColumn || likeness[c]! > likeness[questionColumn]!) questionColumn = c;
  }
  questionColumn ||= 1;
  const answerColumn = byHeader(ANSWER_HEADER, [questionColumn]) || Math.max(g.columnCount, questionColumn) + 1;
  const comment = byHeader(COMMENT_HEADER, [questionColumn, answerColumn]);
  return {
    mapping: {
      sheetName: g.name,
      headerRow,
      questionColumn,
      answerColumn,
      commentColumn: comment || null,
    },
    score: likeness[questionColumn] ?? 0,
  };
}

/** The proposed mapping: the sheet whose best column reads most like questions. */
export function proposeMapping(sheets: SheetGrid[]): QuestionnaireMapping {
  let best: { mapping: QuestionnaireMapping; score: number } | null = null;
  for (const g of sheets) {
    if (!g.columnCount) continue;
    const p = proposeForSheet(g);
    if (!best || p.score > best.score) best = p;
  }
  if (!best) throw new AppError('QUESTIONNAIRE_ALL_SHEETS_EMPTY');
  return best.mapping;
}

/** What the mapping form shows of each sheet: its columns with their header and a sample. */
export function summariseSheets(sheets: SheetGrid[], mapping: QuestionnaireMapping): SheetSummary[] {
  return sheets.map((g) => {
    const headerRow = g.name === mapping.sheetName ? mapping.headerRow : headerRowOf(g);
    const width = Math.max(g.columnCount + 1, g.name === mapping.sheetName ? mapping.answerColumn : 0);
    const columns: ColumnSummary[] = [];
    for (let c = 1; c <= Math.min(width, 60); c++) {
      let sample = '';
      for (let r = headerRow + 1; r <= g.rows.length && !sample; r++) sample = cell(g, r, c);
      columns.push({
        index: c,
        letter: columnLetter(c),
        header: headerRow ? cell(g, headerRow, c).slice(0, 80) : '',
        sample: sample.slice(0, 80),
      });
    }
    return { name: g.name, rowCount: g.rows.length, columns };
  });
}

/** Checks a mapping against the workbook: the sheet exists and is not empty, the columns differ. */
export function checkMapping(sheets: SheetGrid[], m: QuestionnaireMapping): SheetGrid {
  const g = sheets.find((s) => s.name === m.sheetName);
  if (!g) throw new AppError('QUESTIONNAIRE_SHEET_UNKNOWN', { sheet: m.sheetName });
  if (!g.columnCount) throw new AppError('QUESTIONNAIRE_SHEET_EMPTY', { sheet: g.name });
  const cols = [m.questionColumn, m.answerColumn, ...(m.commentColumn ? [m.commentColumn] : [])];
  if (new Set(cols).size !== cols.length) throw new AppError('QUESTIONNAIRE_COLUMNS_CLASH');
  return g;
}

/**
 * The question rows below the header: a row with text in the question column is a question; a row with
 * none there but text elsewhere (a merged section title, say) names the section of the rows after it.
 */
export function extractQuestions(g: SheetGrid, m: QuestionnaireMapping): ExtractedQuestion[] {
  const headerRow = m.headerRow;
  let idColumn = 0;
  for (let c = 1; c <= g.columnCount && headerRow; c++)
    if (c !== m.questionColumn && ID_HEADER.test(cell(g, headerRow, c))) idColumn = c;
  const out: ExtractedQuestion[] = [];
  let section: string | null = null;
  for (let r = headerRow + 1; r <= g.rows.length; r++) {
    const question = cell(g, r, m.questionColumn).replace(/\s+/g, ' ').trim();
    if (question.length < 3) {
      const other = (g.rows[r - 1] ?? []).find((t, i) => t && i + 1 !== m.answerColumn && i + 1 !== m.commentColumn);
      if (other) section = other.replace(/\s+/g, ' ').slice(0, 200);
      continue;
    }
    out.push({
      rowNumber: r,
      ref: idColumn ? cell(g, r, idColumn).slice(0, 40) || null : null,
      section,
      question: question.slice(0, 4000),
    });
  }
  if (!out.length)
    throw new AppError('QUESTIONNAIRE_NO_QUESTIONS', {
      column: columnLetter(m.questionColumn),
      sheet: g.name,
      row: headerRow || 1,
    });
  return out;
}
