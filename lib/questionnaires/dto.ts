import type { Questionnaire, QuestionnaireRow } from '@/lib/generated/prisma/client';
import type { Grade, ShortAnswer } from '@/lib/answers/match';
import type { SourceRef } from './suggestions';
import type { QuestionnaireMapping } from './mapping';

// What the studio renders of a questionnaire: never the stored file, never a Prisma row.

export type QuestionnaireStatusDto = 'DRAFT' | 'IN_REVIEW' | 'SENT';
export type RowStateDto = 'SUGGESTED' | 'ACCEPTED' | 'NEEDS_EXPERT';

export interface QuestionnaireSummaryDto {
  id: string;
  company: string;
  fileName: string;
  format: 'xlsx' | 'csv';
  status: QuestionnaireStatusDto;
  processed: boolean;
  createdAt: string;
  createdByLabel: string;
  counts: {
    total: number;
    accepted: number;
    needsExpert: number;
    high: number;
    medium: number;
    low: number;
    none: number;
  };
}

export interface QuestionnaireRowDto {
  id: string;
  rowNumber: number;
  ref: string | null;
  section: string | null;
  question: string;
  grade: Grade;
  sources: SourceRef[];
  suggestedShort: ShortAnswer | null;
  suggestedAnswer: string | null;
  shortAnswer: ShortAnswer | null;
  answer: string | null;
  state: RowStateDto;
  edited: boolean;
  assigneeId: string | null;
  decidedByLabel: string | null;
  sentToLibrary: boolean;
}

export interface QuestionnaireDto extends QuestionnaireSummaryDto {
  mapping: QuestionnaireMapping;
  rows: QuestionnaireRowDto[];
}

export function mappingOf(q: Questionnaire): QuestionnaireMapping {
  return {
    sheetName: q.sheetName,
    headerRow: q.headerRow,
    questionColumn: q.questionColumn,
    answerColumn: q.answerColumn,
    commentColumn: q.commentColumn,
  };
}

export function rowDto(r: QuestionnaireRow): QuestionnaireRowDto {
  return {
    id: r.id,
    rowNumber: r.rowNumber,
    ref: r.ref,
    section: r.section,
    question: r.question,
    grade: r.grade as Grade,
    sources: Array.isArray(r.sources) ? (r.sources as unknown as SourceRef[]) : [],
    suggestedShort: (r.suggestedShort as ShortAnswer | null) ?? null,
    suggestedAnswer: r.suggestedAnswer,
    shortAnswer: (r.shortAnswer as ShortAnswer | null) ?? null,
    answer: r.answer,
    state: r.state,
    edited: r.edited,
    assigneeId: r.assigneeId,
    decidedByLabel: r.decidedByLabel,
    sentToLibrary: r.sentToLibraryAt !== null,
  };
}

type RowCounts = Pick<QuestionnaireRow, 'grade' | 'state'>[];

export function summaryDto(q: Omit<Questionnaire, 'original'>, rows: RowCounts): QuestionnaireSummaryDto {
  const n = (f: (r: RowCounts[number]) => boolean) => rows.filter(f).length;
  return {
    id: q.id,
    company: q.company,
    fileName: q.fileName,
    format: q.format === 'csv' ? 'csv' : 'xlsx',
    status: q.status,
    processed: q.processedAt !== null,
    createdAt: q.createdAt.toISOString(),
    createdByLabel: q.createdByLabel,
    counts: {
      total: rows.length,
      accepted: n((r) => r.state === 'ACCEPTED'),
      needsExpert: n((r) => r.state === 'NEEDS_EXPERT'),
      high: n((r) => r.grade === 'high'),
      medium: n((r) => r.grade === 'medium'),
      low: n((r) => r.grade === 'low'),
      none: n((r) => r.grade === 'none'),
    },
  };
}
