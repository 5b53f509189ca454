// The questionnaire pages' values; their words are in the catalogue (studio.questionnaires.status/state/grade).
export const STATUSES = ['DRAFT', 'IN_REVIEW', 'SENT'] as const;
export const STATES = ['SUGGESTED', 'ACCEPTED', 'NEEDS_EXPERT'] as const;
export const GRADES = ['high', 'medium', 'low', 'none'] as const;
export const isOneOf = <T extends string>(list: readonly T[], v: string | undefined): v is T =>
  v !== undefined && (list as readonly string[]).includes(v);
