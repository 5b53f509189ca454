import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { invalidateAnswerMatcher } from '@/lib/answers/corpus';
import { seedAnswerLibrary } from '@/lib/answers/library/seed-library';
import { rebuildContent } from '@/lib/content/site';
import { db } from '@/lib/db';
import { editQuestionnaireRow } from '@/lib/questionnaires/edit-questionnaire-row';
import { getQuestionnaire } from '@/lib/questionnaires/list-questionnaires';
import { processQuestionnaire } from '@/lib/questionnaires/process-questionnaire';
import { sendRowToLibrary } from '@/lib/questionnaires/send-row-to-library';
import { uploadQuestionnaire } from '@/lib/questionnaires/upload-questionnaire';
import { importContent } from '@/lib/studio/import-content';
import '@/lib/studio/site-source';
import { createOrganization, createUser, signedInCtx } from '@/tests/fixtures/factories';

// The autopilot on the demo questionnaire with the demo library published and the pages imported: the
// studio's own path (upload → process → suggestions from lib/answers/corpus.ts).
let staff: Awaited<ReturnType<typeof signedInCtx>>;
let questionnaireId: string;
let processed: Awaited<ReturnType<typeof processQuestionnaire>>;
beforeAll(async () => {
  const vendor = await createOrganization('Acme Mail', 'VENDOR');
  const user = await createUser({ organizationId: vendor.id, role: 'compliance_editor' });
  staff = await signedInCtx(user, vendor);
  await importContent();
  await rebuildContent();
  await db().$transaction((tx) => seedAnswerLibrary(tx));
  invalidateAnswerMatcher();
  const bytes = new Uint8Array(fs.readFileSync(path.join(process.cwd(), 'content/demo/questionnaire.xlsx')));
  ({ id: questionnaireId } = await uploadQuestionnaire(staff, {
    company: 'Northwind Logistics',
    file: { name: 'questionnaire.xlsx', bytes },
  }));
  const { questionnaire } = await getQuestionnaire(staff, { questionnaireId });
  processed = await processQuestionnaire(staff, { questionnaireId, ...questionnaire.mapping });
}, 120_000);

describe('questionnaire suggestions from the published library and pages', () => {
  it('answers the demo questionnaire: grades, and time (first run builds the matcher; then it is cached)', async () => {
    const { grades, questions, ms } = processed;
    const { questionnaire } = await getQuestionnaire(staff, { questionnaireId });
    const again = await processQuestionnaire(staff, { questionnaireId, ...questionnaire.mapping });
    console.log(
      `demo questionnaire: ${questions} questions — high ${grades.high}, medium ${grades.medium}, low ${grades.low}, none ${grades.none}; processed in ${ms} ms (matcher built on first use), ${again.ms} ms with the matcher cached (${JSON.stringify(again.timings)})`,
    );
    expect(questions).toBe(150);
    expect(grades.high).toBeGreaterThan(50);
    expect(again.grades).toEqual(grades);
    expect(again.ms).toBeLessThan(5_000);
  });

  it('never suggests an internal entry, and flags NDA sources', async () => {
    const { questionnaire } = await getQuestionnaire(staff, { questionnaireId });
    const internal = (
      await db().answerRevision.findMany({ where: { visibility: 'internal' }, include: { entry: true } })
    ).map((r) => `entry:${r.entry.slug}`);
    expect(internal.length).toBeGreaterThan(0);
    const cited = questionnaire.rows.flatMap((r) => r.sources.map((s) => s.id));
    expect(cited.filter((id) => internal.includes(id))).toEqual([]);
    // "Please share the results of your most recent DR test." — the NDA exercise report.
    const dr = questionnaire.rows.find((r) => r.ref === 'BCR-08')!;
    expect(dr.sources.some((s) => s.visibility === 'nda')).toBe(true);
  });

  it('sends an edited answer to the library as a draft revision of the entry it came from', async () => {
    const { questionnaire } = await getQuestionnaire(staff, { questionnaireId });
    const row = questionnaire.rows.find((r) => r.grade === 'high' && r.sources[0]?.kind === 'entry')!;
    await editQuestionnaireRow(staff, { rowId: row.id, shortAnswer: 'yes', answer: 'Reworded for Northwind.' });
    const revised = await sendRowToLibrary(staff, { rowId: row.id });
    expect(`entry:${revised.slug}`).toBe(row.sources[0]!.id);
    const draft = await db().answerRevision.findUniqueOrThrow({ where: { id: revised.revisionId } });
    expect(draft).toMatchObject({ status: 'draft', answer: 'Reworded for Northwind.', origin: 'questionnaire' });
    expect(draft.alternatives).toContain(row.question);
  });
});
