// The matcher's evaluation as a test (issue 17): the targets `npm run eval:answers` reports — top-3 of at
// least 90 % on tests/fixtures/questionnaire-eval.json, no high-graded wrong answer, no unanswerable question
// graded high, 150 questions in well under 5 seconds — stay true in CI.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEvalCandidates } from '@/lib/answers/eval-corpus';
import { evaluate, type EvalFixture, type EvalReport } from '@/lib/answers/evaluate';
import { buildAnswerMatcher, type AnswerMatcher } from '@/lib/answers/match';

const fixture = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/questionnaire-eval.json'), 'utf8'),
) as EvalFixture;
let report: EvalReport;
let matcher: AnswerMatcher;

beforeAll(async () => {
  const { entries, candidates } = await loadEvalCandidates();
  matcher = buildAnswerMatcher(candidates);
  report = evaluate(matcher, fixture, new Map(entries.map((e) => [`entry:${e.slug}`, e.evidence.map((x) => x.href)])));
});

describe('answer matcher evaluation', () => {
  it('has at least 120 questions, each with an expected answer', () => {
    expect(fixture.questions.length).toBeGreaterThanOrEqual(120);
    expect(fixture.questions.every((q) => q.expect.length > 0)).toBe(true);
    expect(new Set(fixture.questions.map((q) => q.question)).size).toBe(fixture.questions.length);
  });

  it('top-3 accuracy is at least 90 %', () => {
    expect(report.top3 / report.total).toBeGreaterThanOrEqual(0.9);
  });

  it('no high-graded answer is wrong', () => {
    expect(report.wrongHigh.map((m) => `${m.id} ${m.question} → ${m.got[0]}`)).toEqual([]);
    expect(report.unanswerableHigh).toEqual([]);
  });

  it('grades a useful share high (not everything low to dodge the rule above)', () => {
    expect(report.grades.high / report.total).toBeGreaterThanOrEqual(0.35);
    expect(report.top1 / report.total).toBeGreaterThanOrEqual(0.75);
  });

  it('matches 150 questions in under 5 seconds', () => {
    const started = performance.now();
    for (let i = 0; i < 150; i++) matcher.match(fixture.questions[i % fixture.questions.length]!.question);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
