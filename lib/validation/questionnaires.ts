import { z } from 'zod';
import { SHORT_ANSWERS } from './answers';

// The questionnaire autopilot (lib/questionnaires): the studio's forms and the use-cases share these.

const id = (what: string) => z.string({ message: `The ${what} is missing.` }).uuid(`The ${what} is not valid.`);
const column = (label: string) =>
  z.coerce
    .number({ message: `Choose the ${label} column.` })
    .int(`Choose the ${label} column.`)
    .min(1, `Choose the ${label} column.`)
    .max(16_384, `Choose the ${label} column.`);

export const ZQuestionnaireCompanySchema = z
  .string({ message: 'Enter the company the questionnaire comes from.' })
  .trim()
  .min(1, 'Enter the company the questionnaire comes from.')
  .max(120, 'Keep the company name under 120 characters.');

export const ZQuestionnaireMappingSchema = z.object({
  questionnaireId: id('questionnaire'),
  sheetName: z.string({ message: 'Choose the sheet.' }).min(1, 'Choose the sheet.').max(200),
  headerRow: z.coerce.number().int().min(0, 'The header row is 0 (none) or a row number.').max(5000),
  questionColumn: column('question'),
  answerColumn: column('answer'),
  commentColumn: z.preprocess((v) => (v === '' || v === '0' || v === 0 ? null : v), column('comments').nullable()),
});
export type TQuestionnaireMapping = z.input<typeof ZQuestionnaireMappingSchema>;

export const ZQuestionnaireRefSchema = z.object({ questionnaireId: id('questionnaire') });
export const ZQuestionnaireRowRefSchema = z.object({ rowId: id('question') });

export const ROW_DECISIONS = ['accept', 'needs_expert', 'reopen'] as const;
export const ZQuestionnaireRowDecisionSchema = z.object({
  rowId: id('question'),
  decision: z.enum(ROW_DECISIONS, { message: 'Choose accept, needs expert or reopen.' }),
});

export const ZQuestionnaireRowEditSchema = z.object({
  rowId: id('question'),
  shortAnswer: z.preprocess(
    (v) => (v === '' ? null : v),
    z.enum(SHORT_ANSWERS, { message: 'Choose Yes, No, Partial, Not applicable or none.' }).nullable(),
  ),
  answer: z
    .string({ message: 'Write the answer.' })
    .trim()
    .min(1, 'Write the answer.')
    .max(10_000, 'Keep the answer under 10,000 characters.'),
});

export const ZQuestionnaireRowAssignSchema = z.object({
  rowId: id('question'),
  assigneeId: z.preprocess((v) => (v === '' ? null : v), id('colleague').nullable()),
});

export const QUESTIONNAIRE_STATUSES = ['DRAFT', 'IN_REVIEW', 'SENT'] as const;
export const ZQuestionnaireStatusSchema = z.object({
  questionnaireId: id('questionnaire'),
  status: z.enum(QUESTIONNAIRE_STATUSES, { message: 'Choose draft, in review or sent.' }),
});

export const ZQuestionnaireExportSchema = z.object({
  questionnaireId: id('questionnaire'),
  format: z.enum(['xlsx', 'csv'], { message: 'Choose XLSX or CSV.' }).default('xlsx'),
});
