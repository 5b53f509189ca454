import { withApiKey } from '@/lib/api/with-api-key';
import { answersForApiKey } from '@/lib/answers/answers-for-api-key';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/answers?q=Do+you+encrypt+data+at+rest → { question, grade, matches: [{ id, kind, question,
 * shortAnswer, answer, links: [{ label, href }], score }] }. Public entries for every key, NDA entries for
 * an organization holding a document grant, internal entries never. A missing or too long q is a 400.
 */
export const GET = withApiKey(async (api, request) => {
  const result = await answersForApiKey(api, { q: request.nextUrl.searchParams.get('q') ?? undefined });
  return Response.json(result, { headers: { 'Cache-Control': 'no-store' } });
});
