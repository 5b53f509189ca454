import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/questionnaires/csv';
import { checkQuestionnaireFile } from '@/lib/questionnaires/file-check';
import { checkMapping, extractQuestions, proposeMapping } from '@/lib/questionnaires/mapping';
import { readSpreadsheet } from '@/lib/questionnaires/workbook';

const demo = () => new Uint8Array(fs.readFileSync(path.join(process.cwd(), 'content/demo/questionnaire.xlsx')));

describe('questionnaire mapping', () => {
  it('proposes the demo questionnaire’s sheet and columns and reads its 150 questions with ids and sections', async () => {
    const bytes = demo();
    expect(checkQuestionnaireFile(bytes)).toBe('xlsx');
    const sheets = await readSpreadsheet(bytes, 'xlsx');
    const mapping = proposeMapping(sheets);
    expect(mapping).toEqual({
      sheetName: 'Questionnaire',
      headerRow: 4,
      questionColumn: 2,
      answerColumn: 3,
      commentColumn: 4,
    });
    const questions = extractQuestions(checkMapping(sheets, mapping), mapping);
    expect(questions).toHaveLength(150);
    expect(questions[0]).toMatchObject({ ref: 'IAM-01', section: 'IAM — Identity and access management' });
    expect(new Set(questions.map((q) => q.ref)).size).toBe(150);
  });

  it('finds the question column without headers: the one that reads most like questions', async () => {
    const csv = new TextEncoder().encode(
      [
        '1;Do you encrypt data at rest?;',
        '2;Is there a documented incident response plan?;',
        '3;Describe your backups.;',
      ].join('\n'),
    );
    const sheets = await readSpreadsheet(csv, checkQuestionnaireFile(csv), 'q.csv');
    expect(proposeMapping(sheets)).toMatchObject({ headerRow: 0, questionColumn: 2, answerColumn: 3 });
  });

  it('parses quoted CSV cells, doubled quotes and both line endings', () => {
    expect(parseCsv('a,"b, ""c""",d\r\n"x\ny",z\n')).toEqual([
      ['a', 'b, "c"', 'd'],
      ['x\ny', 'z'],
    ]);
  });
});
