// Issue 17: the answer library's pure rules — who sees which visibility, the four-eyes publish rule,
// slugs, overdue dates, and how the editor's text fields parse.
import { describe, expect, it } from 'vitest';
import { answerPublishBlock, isOverdue, slugFromQuestion } from '@/lib/answers/library/entries';
import type { AnswerCandidate } from '@/lib/answers/match';
import { visibleTo } from '@/lib/answers/visibility';
import { ZAskSchema, ZReviseAnswerEntrySchema } from '@/lib/validation/answers';

const candidate = (visibility: AnswerCandidate['visibility']): AnswerCandidate => ({
  id: `entry:${visibility}`,
  kind: 'entry',
  question: 'q',
  alternatives: [],
  text: 't',
  visibility,
});

describe('answer visibility', () => {
  it('[R25] public viewers see public only, grant holders public and NDA, staff everything', () => {
    const all = (['public', 'nda', 'internal'] as const).map(candidate);
    const seen = (a: Parameters<typeof visibleTo>[0]) => all.filter(visibleTo(a)).map((c) => c.visibility);
    expect(seen('public')).toEqual(['public']);
    expect(seen('nda')).toEqual(['public', 'nda']);
    expect(seen('staff')).toEqual(['public', 'nda', 'internal']);
  });
});

describe('publishing an answer', () => {
  const rev = (status: string, contributorIds: string[]) => ({ status, contributorIds });
  it('needs content:publish, a revision in review, and with four-eyes on a second person', () => {
    expect(answerPublishBlock(rev('in_review', ['a']), 'a', { canPublish: false, fourEyes: false })).toBe(
      'ANSWER_PUBLISH_NEEDS_PERMISSION',
    );
    expect(answerPublishBlock(rev('draft', ['a']), 'b', { canPublish: true, fourEyes: true })).toBe(
      'ANSWER_NOT_IN_REVIEW',
    );
    expect(answerPublishBlock(rev('in_review', ['a']), 'a', { canPublish: true, fourEyes: true })).toBe(
      'ANSWER_PUBLISH_FOUR_EYES',
    );
    expect(answerPublishBlock(rev('in_review', ['a', 'b']), 'a', { canPublish: true, fourEyes: true })).toBeNull();
    expect(answerPublishBlock(rev('in_review', ['a']), 'b', { canPublish: true, fourEyes: true })).toBeNull();
    expect(answerPublishBlock(rev('in_review', ['a']), 'a', { canPublish: true, fourEyes: false })).toBeNull();
  });
});

describe('entry fields', () => {
  it('slugs come from the question, whole words, at most 60 characters', () => {
    expect(slugFromQuestion('Do you enforce MFA for admins?')).toBe('do-you-enforce-mfa-for-admins');
    expect(slugFromQuestion('Ça marche? Données chiffrées!')).toBe('ca-marche-donnees-chiffrees');
    const long = slugFromQuestion('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('-')).toBe(false);
    expect(slugFromQuestion('???')).toBe('entry');
  });

  it('an entry is overdue from the day after its review-by date', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    expect(isOverdue('2026-12-02', now)).toBe(true);
    expect(isOverdue('2026-12-03', now)).toBe(false);
    expect(isOverdue(new Date('2027-01-01T00:00:00Z'), now)).toBe(false);
  });

  it('the form’s textareas parse to lists: one phrasing or one “label | link” per line', () => {
    const parsed = ZReviseAnswerEntrySchema.parse({
      question: 'Do you encrypt data at rest?',
      alternatives: 'Is stored data encrypted?\n\n  Encryption at rest?  ',
      shortAnswer: 'yes',
      answer: 'Yes, AES-256.',
      evidence: 'Encryption | /data-protection/encryption#at-rest\r\nSOC 2 report | /documents/soc-2-type-ii-report',
      entryId: '',
      ownerId: '',
      reviewBy: '',
    });
    expect(parsed).toMatchObject({
      entryId: null,
      alternatives: ['Is stored data encrypted?', 'Encryption at rest?'],
      evidence: [
        { label: 'Encryption', href: '/data-protection/encryption#at-rest' },
        { label: 'SOC 2 report', href: '/documents/soc-2-type-ii-report' },
      ],
      visibility: 'public',
      origin: 'edit',
    });
    expect(parsed.ownerId).toBeUndefined();
    expect(parsed.reviewBy).toBeUndefined();
  });

  it('refuses script links, unknown short answers and visibilities with field errors', () => {
    const r = ZReviseAnswerEntrySchema.safeParse({
      question: 'Do you encrypt data at rest?',
      shortAnswer: 'maybe',
      answer: 'Yes.',
      evidence: 'Click | javascript:alert(1)',
      visibility: 'secret',
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'evidence.0.href',
      'shortAnswer',
      'visibility',
    ]);
  });

  it('the Ask box takes 3 to 500 characters', () => {
    expect(ZAskSchema.safeParse({ question: 'ab' }).success).toBe(false);
    expect(ZAskSchema.safeParse({ question: 'x'.repeat(501) }).success).toBe(false);
    expect(ZAskSchema.safeParse({ question: '  Do you have SSO?  ' }).data).toEqual({ question: 'Do you have SSO?' });
  });
});
