import { getSite } from '@/lib/content/site';
import { ZSearchQuerySchema } from '@/lib/validation/content';
import { queryInput } from '@/lib/validation/input';

/** GET /search/suggest?q=… → { hits } for the ⌘K dialog: the same index and ranking as the search page. */
export async function GET(request: Request) {
  const parsed = ZSearchQuerySchema.safeParse({ q: queryInput(new URL(request.url).searchParams).q });
  const q = parsed.success ? parsed.data.q : '';
  const hits = q ? (await getSite()).search.search(q, { limit: 8 }) : [];
  return Response.json(
    { query: q, hits },
    { headers: { 'Cache-Control': 'public, max-age=60', 'X-Content-Type-Options': 'nosniff' } },
  );
}
