import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { acceptHighGradedRows } from '@/lib/questionnaires/accept-high-graded-rows';
import { assignQuestionnaireRow } from '@/lib/questionnaires/assign-questionnaire-row';
import { decideQuestionnaireRow } from '@/lib/questionnaires/decide-questionnaire-row';
import { editQuestionnaireRow } from '@/lib/questionnaires/edit-questionnaire-row';
import { exportQuestionnaire } from '@/lib/questionnaires/export-questionnaire';
import { QUESTIONNAIRE_MAX_BYTES } from '@/lib/questionnaires/file-check';
import { getQuestionnaire, getQuestionnaireSheets, listQuestionnaires } from '@/lib/questionnaires/list-questionnaires';
import { processQuestionnaire } from '@/lib/questionnaires/process-questionnaire';
import { setQuestionnaireStatus } from '@/lib/questionnaires/set-questionnaire-status';
import { uploadQuestionnaire } from '@/lib/questionnaires/upload-questionnaire';
import { csvCell as registerCsvCell } from '@/lib/subprocessors/exports';
import { csvCell } from '@/lib/questionnaires/csv';
import { auditActions, createOrganization, createUser, signedInCtx } from '@/tests/fixtures/factories';
import {
  QUESTIONS,
  encryptedWorkbook,
  macroWorkbook,
  questionnaireCsv,
  questionnaireXlsx,
  zipOf,
} from '@/tests/fixtures/questionnaires';

let w: Awaited<ReturnType<typeof world>>;
async function world() {
  const vendor = await createOrganization('Acme Mail', 'VENDOR');
  const other = await createOrganization('Other Vendor', 'VENDOR');
  const customer = await createOrganization('Globex');
  const clara = await createUser({ organizationId: vendor.id, role: 'compliance_editor' });
  const lena = await createUser({ organizationId: vendor.id, role: 'compliance_editor' });
  const otherUser = await createUser({ organizationId: other.id, role: 'compliance_editor' });
  const customerAdmin = await createUser({ organizationId: customer.id, role: 'admin' });
  return {
    vendor,
    lena,
    staff: await signedInCtx(clara, vendor),
    other: await signedInCtx(otherUser, other),
    customerAdmin: await signedInCtx(customerAdmin, customer),
  };
}
beforeAll(async () => {
  w = await world();
});

const reasonOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { reason?: string; code?: string; message: string }) => e,
  );

async function uploaded(bytes: Uint8Array, name = 'globex.xlsx') {
  const { id } = await uploadQuestionnaire(w.staff, { company: 'Globex', file: { name, bytes } });
  return id;
}

async function processed(bytes: Uint8Array, name = 'globex.xlsx') {
  const id = await uploaded(bytes, name);
  const { questionnaire } = await getQuestionnaire(w.staff, { questionnaireId: id });
  await processQuestionnaire(w.staff, { questionnaireId: id, ...questionnaire.mapping });
  return id;
}

describe('questionnaire import', () => {
  it('proposes the sheet, header row and columns from the headers', async () => {
    const id = await uploaded(await questionnaireXlsx());
    const { questionnaire } = await getQuestionnaire(w.staff, { questionnaireId: id });
    expect(questionnaire.mapping).toEqual({
      sheetName: 'Security',
      headerRow: 3,
      questionColumn: 2,
      answerColumn: 3,
      commentColumn: 4,
    });
    const sheets = await getQuestionnaireSheets(w.staff, { questionnaireId: id });
    expect(sheets.map((s) => s.name)).toEqual(['Cover', 'Security']);
    expect(sheets[1]!.columns.slice(0, 4).map((c) => c.header)).toEqual(['ID', 'Question', 'Response', 'Comments']);
  });

  it('reads every question row with its id and section, and suggests an answer for each', async () => {
    const id = await processed(await questionnaireXlsx());
    const { questionnaire } = await getQuestionnaire(w.staff, { questionnaireId: id });
    expect(questionnaire.rows.map((r) => [r.rowNumber, r.ref, r.section, r.question])).toEqual(
      QUESTIONS.map((q, i) => [5 + i, `AC-${i + 1}`, 'Access control', q]),
    );
    for (const r of questionnaire.rows) expect(['high', 'medium', 'low', 'none']).toContain(r.grade);
    expect(await auditActions(w.vendor.id)).toEqual(
      expect.arrayContaining(['questionnaire.uploaded', 'questionnaire.processed']),
    );
  });

  it('lets staff choose other columns, and refuses a mapping that makes no sense', async () => {
    const id = await uploaded(await questionnaireXlsx());
    const base = { questionnaireId: id, sheetName: 'Security', headerRow: 3, questionColumn: 2, answerColumn: 3 };
    expect(
      (await reasonOf(processQuestionnaire(w.staff, { ...base, answerColumn: 2, commentColumn: null })))?.reason,
    ).toBe('QUESTIONNAIRE_COLUMNS_CLASH');
    expect(
      (await reasonOf(processQuestionnaire(w.staff, { ...base, sheetName: 'Nope', commentColumn: null })))?.reason,
    ).toBe('QUESTIONNAIRE_SHEET_UNKNOWN');
    expect(
      (
        await reasonOf(
          processQuestionnaire(w.staff, { ...base, questionColumn: 7, answerColumn: 8, commentColumn: null }),
        )
      )?.reason,
    ).toBe('QUESTIONNAIRE_NO_QUESTIONS');
    // Answers in column E instead, no comments column.
    await processQuestionnaire(w.staff, { ...base, answerColumn: 5, commentColumn: null });
    expect((await getQuestionnaire(w.staff, { questionnaireId: id })).questionnaire.mapping.answerColumn).toBe(5);
  });

  it('refuses files it cannot answer, each with its own message (not a 500)', async () => {
    const refused = async (bytes: Uint8Array, name = 'q.xlsx') =>
      (await reasonOf(uploadQuestionnaire(w.staff, { company: 'Globex', file: { name, bytes } }))) as {
        reason: string;
        code: string;
        message: string;
      };
    const big = new Uint8Array(QUESTIONNAIRE_MAX_BYTES + 1).fill(0x41);
    expect(await refused(big)).toMatchObject({ reason: 'QUESTIONNAIRE_FILE_TOO_LARGE', code: 'VALIDATION' });
    expect((await refused(big)).message).toContain('10 MB');
    expect((await refused(await questionnaireXlsx({ extraRows: 5001 }))).reason).toBe('QUESTIONNAIRE_TOO_MANY_ROWS');
    expect((await refused(encryptedWorkbook())).reason).toBe('QUESTIONNAIRE_ENCRYPTED');
    expect((await refused(macroWorkbook(), 'q.xlsm')).reason).toBe('QUESTIONNAIRE_MACROS');
    // A macro-enabled content type without the VBA part is refused too.
    expect(
      (
        await refused(
          zipOf({
            '[Content_Types].xml':
              '<Types><Default ContentType="application/vnd.ms-excel.sheet.macroEnabled.12"/></Types>',
            'xl/workbook.xml': '<workbook/>',
          }),
        )
      ).reason,
    ).toBe('QUESTIONNAIRE_MACROS');
    expect((await refused(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0x01, 0x02]), 'q.pdf')).reason).toBe(
      'QUESTIONNAIRE_NOT_SPREADSHEET',
    );
    expect((await refused(zipOf({ 'readme.txt': 'hello' }), 'q.zip')).reason).toBe('QUESTIONNAIRE_NOT_SPREADSHEET');
    expect((await refused(new Uint8Array(0))).reason).toBe('QUESTIONNAIRE_FILE_EMPTY');
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1');
    expect((await refused(new Uint8Array((await empty.xlsx.writeBuffer()) as ArrayBuffer))).reason).toBe(
      'QUESTIONNAIRE_ALL_SHEETS_EMPTY',
    );
    expect((await refused(new TextEncoder().encode('\r\n,,\r\n'), 'q.csv')).reason).toBe(
      'QUESTIONNAIRE_ALL_SHEETS_EMPTY',
    );
    expect(await db().questionnaire.count({ where: { company: 'Refused' } })).toBe(0);
  });

  it('refuses an empty chosen sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blank');
    wb.addWorksheet('Questions').getCell('A1').value = 'Do you encrypt backups?';
    const id = await uploaded(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const e = await reasonOf(
      processQuestionnaire(w.staff, {
        questionnaireId: id,
        sheetName: 'Blank',
        headerRow: 0,
        questionColumn: 1,
        answerColumn: 2,
        commentColumn: null,
      }),
    );
    expect(e?.reason).toBe('QUESTIONNAIRE_SHEET_EMPTY');
  });
});

describe('questionnaire review and export', () => {
  it('round trip: answers land in the original column, a Source column is added, untouched cells keep value and style', async () => {
    const original = await questionnaireXlsx();
    const id = await processed(original);
    const { questionnaire } = await getQuestionnaire(w.staff, { questionnaireId: id });
    const [first, second, third] = questionnaire.rows;
    await editQuestionnaireRow(w.staff, {
      rowId: first!.id,
      shortAnswer: 'yes',
      answer: 'All administrators use a second factor.',
    });
    await editQuestionnaireRow(w.staff, {
      rowId: second!.id,
      shortAnswer: null,
      answer: '=SUM(A1) looks like a formula',
    });
    await decideQuestionnaireRow(w.staff, { rowId: third!.id, decision: 'needs_expert' });
    await assignQuestionnaireRow(w.staff, { rowId: third!.id, assigneeId: w.lena.id });

    const out = await exportQuestionnaire(w.staff, { questionnaireId: id, format: 'xlsx' });
    expect(out.fileName).toBe('globex - answered.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.bytes) as never);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Cover', 'Security']);
    const ws = wb.getWorksheet('Security')!;
    // The answers, in the Response column (C) and the full text in Comments (D).
    expect(ws.getCell('C5').value).toBe('Yes');
    expect(ws.getCell('D5').value).toBe('All administrators use a second factor.');
    // Written text never starts a formula: escaped as the register's CSV does.
    expect(ws.getCell('C6').value).toBe("'=SUM(A1) looks like a formula");
    expect(ws.getCell('C7').value).toBeNull(); // needs an expert: nothing leaves
    // The Source column after the last used one (F had a formula): G, headed like the answer column.
    expect(ws.getCell('G3').value).toBe('Source');
    expect(ws.getCell('G3').font?.bold).toBe(true);
    // Untouched cells: value and style.
    expect(ws.getCell('A1').value).toBe('Globex vendor questionnaire 2026');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 16, color: { argb: 'FF1F4E79' } });
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('A4').isMerged).toBe(true);
    expect(ws.getCell('B3').fill).toMatchObject({ fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('F5').value).toMatchObject({ formula: 'LEN(B5)', result: QUESTIONS[0]!.length });
    expect(ws.getCell('F5').numFmt).toBe('0.00');
    expect(ws.getColumn(2).width).toBe(60);
    expect(wb.getWorksheet('Cover')!.getCell('A2').value).toBe('Please answer every question on the next sheet.');
    expect(await auditActions(w.vendor.id)).toEqual(
      expect.arrayContaining([
        'questionnaire.row_edited',
        'questionnaire.row_needs_expert',
        'questionnaire.row_assigned',
        'questionnaire.exported',
      ]),
    );
  });

  it('exports as CSV with formula-safe cells, the same rule as the sub-processor register', async () => {
    for (const v of ['=1+1', '+1', '-1', '@SUM', '\tx', '\rx', 'plain', 'a,"b"'])
      expect(csvCell(v)).toBe(registerCsvCell(v));
    const id = await processed(questionnaireCsv(), 'globex.csv');
    const { questionnaire } = await getQuestionnaire(w.staff, { questionnaireId: id });
    expect(questionnaire.mapping).toMatchObject({ headerRow: 1, questionColumn: 2, answerColumn: 3, commentColumn: 4 });
    // The CSV's own "=HYPERLINK" cell is read as text, never run; the question beside it is a row.
    expect(questionnaire.rows.map((r) => r.question)).toContain('Is this a formula?');
    await editQuestionnaireRow(w.staff, { rowId: questionnaire.rows[0]!.id, shortAnswer: 'no', answer: '@once' });
    const out = await exportQuestionnaire(w.staff, { questionnaireId: id, format: 'xlsx' });
    expect(out.contentType).toMatch(/text\/csv/);
    const text = new TextDecoder().decode(out.bytes);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Ref,Question,Answer,Notes,Source');
    expect(lines[1]).toContain(",No,'@once,");
    expect(lines[4]).toMatch(/^"'=HYPERLINK\(""x""\)",/);
  });

  it('exports an XLSX questionnaire as CSV too (cached values, never formulas)', async () => {
    const id = await processed(await questionnaireXlsx());
    const out = await exportQuestionnaire(w.staff, { questionnaireId: id, format: 'csv' });
    const text = new TextDecoder().decode(out.bytes);
    expect(text).toContain('ID,Question,Response,Comments,,,Source'); // F holds a formula's value: Source is G
    expect(text).toContain(String(QUESTIONS[0]!.length));
    expect(text).not.toContain('LEN(');
  });

  it('bulk-accepts only high-graded suggestions nobody decided on; status moves draft → in review → sent', async () => {
    const id = await processed(await questionnaireXlsx());
    const rows = (await getQuestionnaire(w.staff, { questionnaireId: id })).questionnaire.rows;
    await db().questionnaireRow.update({
      where: { id: rows[0]!.id },
      data: { grade: 'high', answer: 'Suggested.', suggestedAnswer: 'Suggested.' },
    });
    await db().questionnaireRow.update({ where: { id: rows[1]!.id }, data: { grade: 'medium', answer: 'Maybe.' } });
    expect(await acceptHighGradedRows(w.staff, { questionnaireId: id })).toEqual({ accepted: 1 });
    const after = (await getQuestionnaire(w.staff, { questionnaireId: id })).questionnaire;
    expect(after.rows.map((r) => r.state)).toEqual(['ACCEPTED', 'SUGGESTED', 'SUGGESTED']);
    expect(after.counts.accepted).toBe(1);
    await setQuestionnaireStatus(w.staff, { questionnaireId: id, status: 'IN_REVIEW' });
    await setQuestionnaireStatus(w.staff, { questionnaireId: id, status: 'SENT' });
    expect((await listQuestionnaires(w.staff)).find((q) => q.id === id)?.status).toBe('SENT');
    expect((await reasonOf(decideQuestionnaireRow(w.staff, { rowId: rows[2]!.id, decision: 'accept' })))?.reason).toBe(
      'QUESTIONNAIRE_ROW_NO_ANSWER',
    );
    expect(
      (
        await reasonOf(
          assignQuestionnaireRow(w.staff, { rowId: rows[2]!.id, assigneeId: w.customerAdmin.session.user.id }),
        )
      )?.reason,
    ).toBe('QUESTIONNAIRE_ASSIGNEE_NOT_STAFF');
  });

  it("[R25] another organization's questionnaire, and a customer admin, get NOT_FOUND for every use-case", async () => {
    const id = await processed(await questionnaireXlsx());
    const rowId = (await getQuestionnaire(w.staff, { questionnaireId: id })).questionnaire.rows[0]!.id;
    for (const ctx of [w.other, w.customerAdmin]) {
      const calls: (() => Promise<unknown>)[] = [
        () => getQuestionnaire(ctx, { questionnaireId: id }),
        () => getQuestionnaireSheets(ctx, { questionnaireId: id }),
        () =>
          processQuestionnaire(ctx, {
            questionnaireId: id,
            sheetName: 'Security',
            headerRow: 3,
            questionColumn: 2,
            answerColumn: 3,
            commentColumn: 4,
          }),
        () => exportQuestionnaire(ctx, { questionnaireId: id, format: 'xlsx' }),
        () => setQuestionnaireStatus(ctx, { questionnaireId: id, status: 'SENT' }),
        () => acceptHighGradedRows(ctx, { questionnaireId: id }),
        () => decideQuestionnaireRow(ctx, { rowId, decision: 'accept' }),
        () => editQuestionnaireRow(ctx, { rowId, shortAnswer: 'yes', answer: 'x' }),
        () => assignQuestionnaireRow(ctx, { rowId, assigneeId: null }),
      ];
      for (const call of calls) expect((await reasonOf(call()))?.code).toBe('NOT_FOUND');
    }
    expect((await listQuestionnaires(w.other)).map((q) => q.id)).not.toContain(id);
    expect((await reasonOf(listQuestionnaires(w.customerAdmin)))?.code).toBe('NOT_FOUND');
    // The refusal to the customer organization is audited (R27).
    expect(await auditActions(w.customerAdmin.session.organization!.id)).toContain('access.denied');
  });

  it('every export is audited with its format and a hash of the file', async () => {
    const id = await processed(await questionnaireXlsx());
    await exportQuestionnaire(w.staff, { questionnaireId: id, format: 'xlsx' });
    await exportQuestionnaire(w.staff, { questionnaireId: id, format: 'csv' });
    const events = await db().auditEvent.findMany({
      where: { organizationId: w.vendor.id, action: 'questionnaire.exported', targetId: id },
      orderBy: { seq: 'asc' },
    });
    expect(events.map((e) => (e.changes as { format: string }).format)).toEqual(['xlsx', 'csv']);
    expect((events[0]!.changes as { sha256: string }).sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
