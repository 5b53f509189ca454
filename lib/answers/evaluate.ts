// The matcher's evaluation (issue 17): questionnaire questions with the answers that legitimately answer
// them (tests/fixtures/questionnaire-eval.json), scored as top-1 / top-3 accuracy, the share per grade,
// every high-graded wrong answer and every miss. Pure: `npm run eval:answers` prints it and a unit test
// keeps its thresholds true.
import type { AnswerMatcher, Grade, MatchResult } from './match';

export interface EvalQuestion {
  id: string;
  question: string;
  /** Acceptable answers: `entry:<slug>` or a page URL with its anchor ('/faq#faq-sso'). */
  expect: string[];
}
export interface EvalFixture {
  questions: EvalQuestion[];
  /** Questions the content does not answer: they must never be graded high. */
  unanswerable: string[];
}

export interface EvalMiss {
  id: string;
  question: string;
  expect: string[];
  got: string[];
  grade: Grade;
}
export interface EvalReport {
  total: number;
  top1: number;
  top3: number;
  grades: Record<Grade, number>;
  /** Graded high with a wrong first answer (target: none). */
  wrongHigh: EvalMiss[];
  /** Unanswerable questions graded high (target: none). */
  unanswerableHigh: string[];
  /** No acceptable answer in the first three. */
  misses: EvalMiss[];
  /** Right in the top three but not first. */
  notFirst: EvalMiss[];
  ms: number;
}

/** The id an expected answer is compared with: entries by id, sections by URL. */
export const answerKey = (m: { candidate: { id: string; kind: string; href?: string } }): string =>
  m.candidate.kind === 'entry' ? m.candidate.id : (m.candidate.href ?? m.candidate.id.replace(/^page:/, ''));

/**
 * The acceptable answers of a question: its own list, plus the page sections (URLs with an anchor) that an
 * acceptable entry cites as evidence — the section the entry's answer comes from answers the question too.
 */
export function acceptableAnswers(q: EvalQuestion, evidence: Map<string, string[]>): Set<string> {
  const ok = new Set(q.expect);
  for (const e of q.expect) for (const href of evidence.get(e) ?? []) if (href.includes('#')) ok.add(href);
  return ok;
}

/** `evidence`: entry id (`entry:<slug>`) → its evidence hrefs. */
export function evaluate(
  matcher: AnswerMatcher,
  fixture: EvalFixture,
  evidence = new Map<string, string[]>(),
): EvalReport {
  const grades: Record<Grade, number> = { high: 0, medium: 0, low: 0, none: 0 };
  const report: EvalReport = {
    total: fixture.questions.length,
    top1: 0,
    top3: 0,
    grades,
    wrongHigh: [],
    unanswerableHigh: [],
    misses: [],
    notFirst: [],
    ms: 0,
  };
  const started = performance.now();
  for (const q of fixture.questions) {
    const result: MatchResult = matcher.match(q.question, { limit: 3 });
    const got = result.matches.map(answerKey);
    const ok = acceptableAnswers(q, evidence);
    grades[result.grade]++;
    const miss: EvalMiss = { id: q.id, question: q.question, expect: q.expect, got, grade: result.grade };
    if (got[0] && ok.has(got[0])) report.top1++;
    else if (result.grade === 'high') report.wrongHigh.push(miss);
    if (got.slice(0, 3).some((g) => ok.has(g))) {
      report.top3++;
      if (!(got[0] && ok.has(got[0]))) report.notFirst.push(miss);
    } else report.misses.push(miss);
  }
  for (const question of fixture.unanswerable) {
    if (matcher.match(question).grade === 'high') report.unanswerableHigh.push(question);
  }
  report.ms = performance.now() - started;
  return report;
}

export const share = (n: number, total: number): string => `${((100 * n) / Math.max(1, total)).toFixed(1)} %`;
