import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZQuestionnaireMappingSchema, type TQuestionnaireMapping } from '@/lib/validation/questionnaires';
import { authorizeQuestionnaires, findQuestionnaire, target } from './access';
import { checkMapping, extractQuestions } from './mapping';
import { suggestAnswers } from './suggest';
import { readSpreadsheet } from './workbook';

export interface ProcessedQuestionnaire {
  questions: number;
  grades: { high: number; medium: number; low: number; none: number };
  ms: number;
  /** Where the time went: reading the file, matching, saving. */
  timings: { readMs: number; suggestMs: number; saveMs: number };
}

/**
 * Reads the questions where staff said they are and suggests an answer for each (grade and sources).
 * Processing again (another column, say) replaces the rows and what was decided on them.
 */
export async function processQuestionnaire(ctx: Ctx, input: TQuestionnaireMapping): Promise<ProcessedQuestionnaire> {
  const staff = await authorizeQuestionnaires(ctx);
  const { questionnaireId, ...mapping } = parseInput(ZQuestionnaireMappingSchema, input);
  const organizationId = staff.organization.id;
  const started = performance.now();
  const q = await findQuestionnaire(db(), organizationId, questionnaireId);
  const sheets = await readSpreadsheet(q.original, q.format === 'csv' ? 'csv' : 'xlsx', q.fileName);
  const sheet = checkMapping(sheets, mapping);
  const questions = extractQuestions(sheet, mapping);
  const read = performance.now();
  const suggestions = await suggestAnswers(questions.map((x) => x.question));
  const suggested = performance.now();
  const grades = { high: 0, medium: 0, low: 0, none: 0 };
  for (const s of suggestions) grades[s.grade]++;
  await db().$transaction(async (tx) => {
    await tx.questionnaireRow.deleteMany({ where: { questionnaireId: q.id } });
    await tx.questionnaireRow.createMany({
      data: questions.map((x, i) => {
        const s = suggestions[i]!;
        return {
          questionnaireId: q.id,
          rowNumber: x.rowNumber,
          ref: x.ref,
          section: x.section,
          question: x.question,
          grade: s.grade,
          score: s.score,
          sources: s.sources as object[],
          suggestedShort: s.shortAnswer,
          suggestedAnswer: s.answer,
          shortAnswer: s.shortAnswer,
          answer: s.answer,
        };
      }),
    });
    await tx.questionnaire.update({ where: { id: q.id }, data: { ...mapping, processedAt: new Date() } });
    await recordAudit(tx, {
      organizationId,
      action: 'questionnaire.processed',
      actor: staff.actor,
      target: target(q),
      changes: { ...mapping, questions: questions.length, grades },
      meta: ctx.meta,
    });
  });
  const saved = performance.now();
  return {
    questions: questions.length,
    grades,
    ms: Math.round(saved - started),
    timings: {
      readMs: Math.round(read - started),
      suggestMs: Math.round(suggested - read),
      saveMs: Math.round(saved - suggested),
    },
  };
}
