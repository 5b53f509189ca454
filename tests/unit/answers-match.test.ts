// The answer matcher (issue 17) on the demo corpus — the library file and the site's public sections:
// grades from score and margin, visibility applied before ranking, duplicate answers grouped, and the
// candidates built from the site's search documents.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEvalCandidates } from '@/lib/answers/eval-corpus';
import {
  buildAnswerMatcher,
  gradeOf,
  GRADE_THRESHOLDS,
  type AnswerCandidate,
  type AnswerMatcher,
} from '@/lib/answers/match';
import { candidatesFromSearchDocs } from '@/lib/answers/sections';

let candidates: AnswerCandidate[];
let matcher: AnswerMatcher;
beforeAll(async () => {
  ({ candidates } = await loadEvalCandidates());
  matcher = buildAnswerMatcher(candidates);
});

const isPublic = (c: AnswerCandidate) => c.visibility === 'public';
const ids = (q: string, opts?: Parameters<AnswerMatcher['match']>[1]) =>
  matcher.match(q, opts).matches.map((m) => m.candidate.id);

describe('grades', () => {
  it('a clear match is high', () => {
    const r = matcher.match('Is two-factor authentication available on every plan?');
    expect(r.grade).toBe('high');
    expect(r.matches[0]?.candidate.id).toBe('entry:2fa-available-on-every-plan');
  });

  it('a prospect asking "Do you enforce MFA for admins?" gets the 2FA answer with its link', () => {
    const r = matcher.match('Do you enforce MFA for admins?', { visible: isPublic });
    const first = r.matches[0]!.candidate;
    expect(['entry:mfa-for-administrators', 'entry:2fa-available-on-every-plan']).toContain(first.id);
    expect(first.href).toMatch(/^\/(infrastructure-security|account-security)\//);
    expect(r.grade).not.toBe('none');
  });

  it('an unrelated question is none', () => {
    for (const q of ['What is the capital of France?', 'Who won the football world cup in 1998?', '???', '']) {
      expect(matcher.match(q).grade, q).toBe('none');
    }
  });

  it('a near tie between two different answers is not high', () => {
    const tie = buildAnswerMatcher([
      ...candidates,
      {
        id: 'entry:tie-a',
        kind: 'entry',
        question: 'Do you rotate the office aquarium filters weekly?',
        alternatives: [],
        text: 'Facilities replace the filters on Mondays.',
        visibility: 'public',
      },
      {
        id: 'entry:tie-b',
        kind: 'entry',
        question: 'Do you rotate the office aquarium filters weekly?',
        alternatives: [],
        text: 'Our landlord looks after the fish tanks in the lobby.',
        visibility: 'public',
      },
    ]);
    const r = tie.match('Are the office aquarium filters rotated weekly?');
    expect(
      r.matches
        .slice(0, 2)
        .map((m) => m.candidate.id)
        .sort(),
    ).toEqual(['entry:tie-a', 'entry:tie-b']);
    expect(r.grade).not.toBe('high');
  });

  it('grades from the absolute score and the margin over the next different answer', () => {
    const { high, medium, low } = GRADE_THRESHOLDS;
    expect(gradeOf(high.score, high.margin, 1)).toBe('high');
    expect(gradeOf(high.score * 5, high.margin - 0.01, 1)).not.toBe('high'); // a big score with a close second
    expect(gradeOf(high.score - 1, 0.99, 1)).not.toBe('high'); // far ahead, but weak
    expect(gradeOf(high.score, high.margin, high.coverage - 0.01)).not.toBe('high'); // most of the question unmatched
    expect(gradeOf(medium.score, medium.margin, 0)).toBe('medium');
    expect(gradeOf(low.score, 0, 0)).toBe('low');
    expect(gradeOf(low.score - 1, 1, 1)).toBe('none');
  });

  it('an entry and the FAQ answer it was written from count as one answer, the entry first', () => {
    const r = matcher.match('How is our data encrypted at rest?');
    expect(r.matches[0]?.candidate.id).toBe('entry:encryption-at-rest');
    expect(r.matches.map((m) => m.candidate.id)).not.toContain('page:/faq#faq-encryption-at-rest');
    expect(r.grade).toBe('high');
  });

  it('an entry and a page section it cites as evidence are not competitors for the grade', () => {
    const q = 'Do you enforce MFA for admins?';
    const withEvidence = matcher.match(q).signals!;
    const withoutEvidence = buildAnswerMatcher(candidates.map((c) => ({ ...c, evidence: undefined }))).match(
      q,
    ).signals!;
    expect(withEvidence.score).toBe(withoutEvidence.score);
    expect(withEvidence.margin).toBeGreaterThan(withoutEvidence.margin);
  });

  it('caps the result list and tolerates very long input', () => {
    expect(ids('backups', { limit: 2 })).toHaveLength(2);
    const long = `${'Please describe how backups are encrypted. '.repeat(200)}`;
    expect(matcher.match(long).question.length).toBeLessThanOrEqual(1000);
  });
});

describe('visibility [R25]', () => {
  const NDA_QUESTION = 'Can you share the report from your most recent failover exercise?';

  it('an NDA or internal entry never appears for a viewer who may not see it', () => {
    const hidden = candidates.filter((c) => c.visibility !== 'public').map((c) => c.id);
    expect(hidden.length).toBeGreaterThanOrEqual(5);
    expect(ids(NDA_QUESTION)).toContain('entry:bc-exercise-report');
    const questions = [
      NDA_QUESTION,
      'Please provide your Statement of Applicability.',
      'Who approves an exception to the patching deadlines?',
      'Do we accept a customer DPA template?',
      'Can we review your incident response plan?',
    ];
    for (const q of questions) {
      for (const id of ids(q, { visible: isPublic, limit: 20 })) expect(hidden, q).not.toContain(id);
    }
    const ndaViewer = (c: AnswerCandidate) => c.visibility !== 'internal';
    expect(
      ids('Who approves an exception to the patching deadlines?', { visible: ndaViewer, limit: 20 }),
    ).not.toContain('entry:internal-patch-exceptions');
    expect(ids(NDA_QUESTION, { visible: ndaViewer })).toContain('entry:bc-exercise-report');
  });

  it('a hidden entry does not influence the ranking, the scores or the grade', () => {
    const publicOnly = buildAnswerMatcher(candidates.filter(isPublic));
    for (const q of [
      NDA_QUESTION,
      'Please provide your Statement of Applicability.',
      'Is two-factor authentication available on every plan?',
      'What was the high finding of the pen test?',
    ]) {
      const filtered = matcher.match(q, { visible: isPublic, limit: 10 });
      const rebuilt = publicOnly.match(q, { limit: 10 });
      expect(filtered.grade, q).toBe(rebuilt.grade);
      expect(
        filtered.matches.map((m) => [m.candidate.id, m.score]),
        q,
      ).toEqual(rebuilt.matches.map((m) => [m.candidate.id, m.score]));
    }
  });

  it('nothing visible means no answer', () => {
    expect(matcher.match('Do you support SSO?', { visible: () => false })).toMatchObject({
      grade: 'none',
      matches: [],
    });
  });
});

describe('page sections as candidates', () => {
  it('turns search documents into public section candidates with their URL and anchor', () => {
    const sections = candidatesFromSearchDocs([
      {
        id: '/a#b',
        kind: 'page',
        url: '/a#b',
        pageTitle: 'Backups',
        sectionTitle: 'Infra',
        heading: 'Backup design',
        text: 'Databases are backed up continuously and copied off-site daily.',
      },
      {
        id: '/faq#x',
        kind: 'faq',
        url: '/faq#x',
        pageTitle: 'Security FAQ',
        sectionTitle: 'Infra',
        heading: 'Do you back up?',
        text: 'Yes, continuously, with daily snapshots kept for 35 days.',
      },
      {
        id: '/a#c',
        kind: 'page',
        url: '/a#c',
        pageTitle: 'Backups',
        sectionTitle: 'Infra',
        heading: 'Empty',
        text: 'Short.',
      },
    ]);
    expect(sections).toEqual([
      expect.objectContaining({
        id: 'page:/a#b',
        kind: 'section',
        question: 'Backups › Backup design',
        href: '/a#b',
        visibility: 'public',
        alternatives: [],
      }),
      expect.objectContaining({ id: 'page:/faq#x', question: 'Do you back up?', href: '/faq#x' }),
    ]);
  });

  it('the real site gives a section for every FAQ answer', () => {
    const faq = candidates.filter((c) => c.id.startsWith('page:/faq#'));
    expect(faq.length).toBeGreaterThanOrEqual(36);
    expect(candidates.every((c) => c.kind === 'entry' || c.visibility === 'public')).toBe(true);
  });
});
