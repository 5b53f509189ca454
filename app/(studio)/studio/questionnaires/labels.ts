// Words for the questionnaire pages.
export const STATUS_LABELS = { DRAFT: 'Draft', IN_REVIEW: 'In review', SENT: 'Sent' } as const;
export const STATE_LABELS = { SUGGESTED: 'Suggested', ACCEPTED: 'Accepted', NEEDS_EXPERT: 'Needs expert' } as const;
export const GRADE_LABELS = { high: 'High', medium: 'Medium', low: 'Low', none: 'No answer' } as const;
