// npm run questionnaire:figures [-- --file path.xlsx]
//
// The demo questionnaire (content/demo/questionnaire.xlsx, issue 17) filled in the way the studio does it:
// read the workbook, propose the sheet and columns, and suggest an answer for every question from the demo
// library (content/answers/library.json) and the public page sections of content/pages — no database
// needed. Prints the questions answered high / medium / low / none and the time taken (target < 5 s).
import fs from 'node:fs';
import { loadEvalCandidates } from '@/lib/answers/eval-corpus';
import { buildAnswerMatcher } from '@/lib/answers/match';
import { checkQuestionnaireFile } from '@/lib/questionnaires/file-check';
import { checkMapping, extractQuestions, proposeMapping } from '@/lib/questionnaires/mapping';
import { suggestWith } from '@/lib/questionnaires/suggestions';
import { columnLetter, readSpreadsheet } from '@/lib/questionnaires/workbook';

const i = process.argv.indexOf('--file');
const file = i > 0 ? process.argv[i + 1]! : 'content/demo/questionnaire.xlsx';
const bytes = new Uint8Array(fs.readFileSync(file));

const { candidates } = await loadEvalCandidates();
const matcher = buildAnswerMatcher(candidates);

const started = performance.now();
const format = checkQuestionnaireFile(bytes);
const sheets = await readSpreadsheet(bytes, format, file);
const mapping = proposeMapping(sheets);
const questions = extractQuestions(checkMapping(sheets, mapping), mapping);
const read = performance.now();
const suggestions = suggestWith(
  matcher,
  questions.map((q) => q.question),
);
const done = performance.now();

const grades = { high: 0, medium: 0, low: 0, none: 0 };
for (const s of suggestions) grades[s.grade]++;
const pct = (n: number) => `${((100 * n) / questions.length).toFixed(1)} %`;
const line = (label: string, value: string) => console.log(`${label.padEnd(30)}${value}`);
console.log(`\nQuestionnaire autopilot on ${file}`);
line(
  'Sheet / question column',
  `${mapping.sheetName} / ${columnLetter(mapping.questionColumn)} (header row ${mapping.headerRow})`,
);
line(
  'Answer / comments column',
  `${columnLetter(mapping.answerColumn)} / ${mapping.commentColumn ? columnLetter(mapping.commentColumn) : '—'}`,
);
line('Questions', String(questions.length));
for (const g of ['high', 'medium', 'low', 'none'] as const) line(`Answered ${g}`, `${grades[g]} (${pct(grades[g])})`);
line('Time: read + propose', `${Math.round(read - started)} ms`);
line('Time: suggest', `${Math.round(done - read)} ms`);
line('Time: total', `${Math.round(done - started)} ms   target < 5000 ms`);
if (process.argv.includes('--verbose'))
  questions.forEach((q, n) => {
    const s = suggestions[n]!;
    console.log(`  ${q.ref ?? q.rowNumber} [${s.grade}] ${q.question}\n      → ${s.sources[0]?.id ?? '(nothing)'}`);
  });
process.exit(done - started < 5000 ? 0 : 1);
