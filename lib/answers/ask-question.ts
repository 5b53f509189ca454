import 'server-only';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { consume, minutesText } from '@/lib/security/rate-limit';
import { parseInput } from '@/lib/validation/parse-input';
import { ZAskSchema } from '@/lib/validation/answers';
import { lookupOf, type AnswerHit } from './answer-hits';
import { getAnswerCorpus } from './corpus';
import type { Grade } from './match';
import { normaliseQuestion } from './normalise';
import { visibleTo } from './visibility';

export interface AskAnswer {
  grade: Grade;
  /** The answer shown: a high- or medium-grade match; null means "no published answer". */
  answer: AnswerHit | null;
  /** Other close matches (same visibility rule), at most two. */
  related: AnswerHit[];
}

/** Longest wording the queue keeps of a question. */
const QUEUE_TEXT_CHARS = 300;

/**
 * The public "Ask a security question" box: no account, answers only from PUBLIC entries and published
 * page sections (R25: an NDA or internal entry can never be matched, cited or counted here). A question
 * without a high-grade answer is counted in the studio's queue by its normalised wording — nothing about
 * who asked (no address, no user agent) is stored, and the question is never logged. Limited per client
 * address.
 */
export async function askQuestion(ctx: Ctx, input: { question: string }): Promise<AskAnswer> {
  const { question } = parseInput(ZAskSchema, input);
  const limit = await consume('askQuestionPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited)
    throw new AppError('ANSWER_ASK_RATE_LIMITED', { wait: minutesText(limit.retryAfterSeconds) }, undefined, {
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  const corpus = await getAnswerCorpus();
  const result = corpus.matcher.match(question, { limit: 3, visible: visibleTo('public') });
  const lookup = lookupOf(corpus, result);
  const shown = result.grade === 'high' || result.grade === 'medium';
  if (result.grade !== 'high') await countAskedQuestion(question, result.normalised, result.grade);
  return {
    grade: result.grade,
    answer: shown ? (lookup.matches[0] ?? null) : null,
    related: shown ? lookup.matches.slice(1) : [],
  };
}

async function countAskedQuestion(question: string, normalisedByMatcher: string, grade: Grade): Promise<void> {
  const normalised = (normaliseQuestion(question) || normalisedByMatcher || question.toLowerCase())
    .trim()
    .slice(0, 500);
  const now = new Date();
  await db().askedQuestion.upsert({
    where: { normalised },
    create: {
      normalised,
      text: question.slice(0, QUEUE_TEXT_CHARS),
      lastGrade: grade,
      firstAskedAt: now,
      lastAskedAt: now,
    },
    update: { count: { increment: 1 }, lastGrade: grade, lastAskedAt: now },
  });
}
