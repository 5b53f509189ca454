import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';

// Issue 17's acceptance: compliance staff upload the demo questionnaire, accept the high-graded rows,
// edit one, export, and the downloaded workbook has the answers in the original column.
const DEMO = path.join(process.cwd(), 'content/demo/questionnaire.xlsx');

test.describe('studio: questionnaire autopilot', () => {
  test('upload the demo XLSX, accept the high-graded rows, edit one, export into the original workbook', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    // Every step posts and re-renders 150 rows: generous waits for a loaded CI machine.
    const slow = { timeout: 30_000 };
    await signIn(page, 'compliance@acme.example', undefined, '/studio/questionnaires');
    await expect(page.getByRole('heading', { level: 1, name: 'Questionnaires' })).toBeVisible();
    await page.getByLabel('Company').fill('Northwind Logistics');
    await page.getByLabel('Questionnaire file').setInputFiles(DEMO);
    await page.getByRole('button', { name: 'Upload and propose columns' }).click();

    // The proposal: the questions sheet, its header row and columns.
    await expect(page.getByRole('heading', { level: 1, name: 'Northwind Logistics' })).toBeVisible(slow);
    await expect(page.getByRole('combobox', { name: 'Sheet', exact: true })).toHaveValue('Questionnaire');
    await expect(page.getByLabel('Header row (0: none)')).toHaveValue('4');
    await expect(page.getByRole('combobox', { name: 'Question column' })).toHaveValue('2');
    await expect(page.getByRole('combobox', { name: 'Answer column' })).toHaveValue('3');
    await expect(page.getByRole('combobox', { name: 'Comments column' })).toHaveValue('4');
    await page.getByRole('button', { name: 'Suggest answers' }).click();
    await expect(page.getByRole('heading', { name: '150 questions' })).toBeVisible({ timeout: 30_000 });
    const counts = (await page.getByTestId('grade-counts').textContent()) ?? '';
    const high = Number(/High (\d+)/.exec(counts)?.[1]);
    expect(high).toBeGreaterThan(30);

    await page.getByRole('button', { name: 'Accept all high-graded' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Accepted ${high} high-graded answers.` })).toBeVisible(
      slow,
    );
    await expect(page.getByTestId('grade-counts')).toContainText(`Accepted ${high}`, slow);

    // Edit one that nothing answers: the grade filter shows them.
    await page.getByRole('combobox', { name: 'Grade' }).selectOption('none');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/grade=none/, slow);
    const row = page.getByTestId('question-row').first();
    const ref = (await row.locator('p').first().textContent())!.split(' · ')[0]!.trim();
    await row.getByRole('combobox', { name: 'Short answer' }).selectOption('no');
    await row
      .getByRole('textbox', { name: 'Answer', exact: true })
      .fill('Acme Mail is offered only as a hosted service in the EU.');
    await row.getByRole('button', { name: 'Save edit and accept' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your answer is saved and accepted.' })).toBeVisible(slow);
    await expect(page.getByTestId('grade-counts')).toContainText(`Accepted ${high + 1}`, slow);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export into the workbook (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('questionnaire - answered.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await download.path())!) as never);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Instructions', 'Questionnaire']);
    const ws = wb.getWorksheet('Questionnaire')!;
    // Untouched: the title row and the header; the Source column is added after Comments.
    expect(ws.getCell('A1').value).toBe('Northwind Logistics — Vendor Security Assessment');
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect([1, 2, 3, 4, 5].map((c) => ws.getRow(4).getCell(c).value)).toEqual([
      'ID',
      'Question',
      'Response',
      'Comments',
      'Source',
    ]);
    let answered = 0;
    let edited: number | null = null;
    ws.eachRow((r, n) => {
      if (n <= 4) return;
      if (r.getCell(1).value === ref) edited = n;
      // Question rows only: a merged section row reads its title in every column.
      if (!r.getCell(3).isMerged && r.getCell(3).value) answered++;
    });
    expect(answered).toBe(high + 1);
    expect(ws.getCell(edited!, 3).value).toBe('No');
    expect(ws.getCell(edited!, 4).value).toBe('Acme Mail is offered only as a hosted service in the EU.');
  });
});

test.describe('studio: questionnaire uploads that are refused', () => {
  test('an 11 MB upload gets the size message through the real server, not a framework error', async ({
    page,
    baseURL,
  }) => {
    await signIn(page, 'compliance@acme.example', undefined, '/studio/questionnaires');
    const big = Buffer.alloc(11 * 1024 * 1024, 0x41);
    const res = await page.request.post('/studio/questionnaires/upload', {
      headers: { origin: new URL(baseURL!).origin, accept: 'application/json' },
      multipart: { company: 'Big Co', file: { name: 'big.csv', mimeType: 'text/csv', buffer: big } },
    });
    expect(res.status()).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, reason: 'QUESTIONNAIRE_FILE_TOO_LARGE' });

    // In the browser, a macro-enabled workbook is refused with its own message on the page.
    await page.getByLabel('Company').fill('Macro Co');
    await page.getByLabel('Questionnaire file').setInputFiles({
      name: 'q.xlsm',
      mimeType: 'application/vnd.ms-excel.sheet.macroEnabled.12',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    });
    await page.getByRole('button', { name: 'Upload and propose columns' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'password-protected' })).toBeVisible();
  });
});
