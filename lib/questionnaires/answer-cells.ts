import { SHORT_ANSWER_LABELS } from '@/lib/answers/library/entries';
import type { ShortAnswer } from '@/lib/answers/match';
import type { QuestionnaireRowDto } from './dto';
import type { AnswerCells } from './export-file';

// What an accepted row writes into the export: the answer (and comment) cells and the Source cell.

/** The Source cell: the page or evidence link the answer comes from, absolute; NDA sources say so. */
export function sourceText(row: QuestionnaireRowDto, appUrl: URL): string {
  const top = row.sources[0];
  if (!top || (row.edited && !row.suggestedAnswer)) return '';
  const link = top.href ? new URL(top.href, appUrl).toString() : `Answer library: ${top.question}`;
  return top.visibility === 'nda' ? `${link} (NDA)` : link;
}

export function answerCells(row: QuestionnaireRowDto, withComments: boolean, appUrl: URL): AnswerCells {
  const label = row.shortAnswer ? SHORT_ANSWER_LABELS[row.shortAnswer as ShortAnswer] : null;
  const answer = row.answer ?? '';
  return {
    rowNumber: row.rowNumber,
    answer: withComments ? (label ?? answer) : label ? `${label}. ${answer}` : answer,
    comment: withComments && label ? answer : null,
    source: sourceText(row, appUrl),
  };
}
