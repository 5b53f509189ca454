import type { AnswerCandidate, AnswerVisibility } from './match';

// Who sees which entries (docs/SECURITY.md R25): one filter per kind of viewer, applied inside the matcher
// so a hidden entry can never be the best match, be counted or be cited.
//   public  — a prospect on the trust center (the Ask box): public entries and page sections only;
//   nda     — an API key whose organization holds an active document grant: public + nda;
//   staff   — vendor staff in the studio: everything.
export type AnswerAudience = 'public' | 'nda' | 'staff';

const ALLOWED: Record<AnswerAudience, ReadonlySet<AnswerVisibility>> = {
  public: new Set(['public']),
  nda: new Set(['public', 'nda']),
  staff: new Set(['public', 'nda', 'internal']),
};

export function visibleTo(audience: AnswerAudience): (c: AnswerCandidate) => boolean {
  const allowed = ALLOWED[audience];
  return (c) => allowed.has(c.visibility);
}
