import 'server-only';
import type { ApiCtx } from '@/lib/api/api-context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ZAskSchema } from '@/lib/validation/answers';
import { fieldErrorsFrom } from '@/lib/validation/action-input';
import { lookupOf, type AnswerLookup } from './answer-hits';
import { getAnswerCorpus } from './corpus';
import { visibleTo, type AnswerAudience } from './visibility';

/**
 * GET /api/v1/answers?q=: the matcher's answer for an organization's API key. Public entries for every key;
 * NDA entries too when the key's organization holds an active document access grant (a grant whose
 * requester's address belongs to an active member of the organization), or for the vendor's own keys;
 * internal entries never (R25).
 */
export async function answersForApiKey(
  api: ApiCtx,
  input: { q: unknown },
): Promise<AnswerLookup & { question: string }> {
  const parsed = ZAskSchema.safeParse({ question: typeof input.q === 'string' ? input.q : undefined });
  if (!parsed.success) {
    const problems = fieldErrorsFrom(parsed.error).question?.join(' ') ?? 'q is required.';
    throw new AppError('API_QUERY_INVALID', { problems: `q: ${problems}` }, { q: [problems] });
  }
  const audience = await apiAudience(api.organization.id);
  const corpus = await getAnswerCorpus();
  const result = corpus.matcher.match(parsed.data.question, { limit: 5, visible: visibleTo(audience) });
  return { question: parsed.data.question, ...lookupOf(corpus, result) };
}

export async function apiAudience(organizationId: string, now = new Date()): Promise<AnswerAudience> {
  const org = await db().organization.findUnique({ where: { id: organizationId }, select: { kind: true } });
  if (!org) return 'public';
  if (org.kind === 'VENDOR') return 'nda';
  const members = await db().membership.findMany({
    where: { organizationId, deactivatedAt: null, user: { status: 'ACTIVE' } },
    select: { user: { select: { email: true } } },
  });
  if (!members.length) return 'public';
  const grant = await db().documentAccessGrant.findFirst({
    where: {
      revokedAt: null,
      expiresAt: { gt: now },
      request: { email: { in: members.map((m) => m.user.email), mode: 'insensitive' } },
    },
    select: { id: true },
  });
  return grant ? 'nda' : 'public';
}
