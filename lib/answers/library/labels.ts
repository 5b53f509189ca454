// Words for the library's values, shared by the studio and the public Ask page (no server code here).
import type { AnswerVisibility, ShortAnswer } from './entries';

export const SHORT_ANSWER_LABELS: Record<ShortAnswer, string> = {
  yes: 'Yes',
  no: 'No',
  partial: 'Partial',
  not_applicable: 'Not applicable',
};

export const VISIBILITY_LABELS: Record<AnswerVisibility, string> = {
  public: 'Public',
  nda: 'NDA (document grant)',
  internal: 'Internal (staff only)',
};
