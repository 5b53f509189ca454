import { searchInLanguage } from '@/lib/content/search-in-language';
import { LOCALE_HEADER } from '@/lib/i18n/request-locale';
import { resolveLocale } from '@/lib/i18n/translator';
import { ZSearchQuerySchema } from '@/lib/validation/content';
import { queryInput } from '@/lib/validation/input';

/**
 * GET /search/suggest?q=… (/de/search/suggest in German) → { hits } for the ⌘K dialog: the same index and
 * ranking as the search page, in the language of the address (proxy.ts sets the header from the prefix).
 */
export async function GET(request: Request) {
  const parsed = ZSearchQuerySchema.safeParse({ q: queryInput(new URL(request.url).searchParams).q });
  const q = parsed.success ? parsed.data.q : '';
  const locale = resolveLocale(request.headers.get(LOCALE_HEADER));
  const hits = q ? await searchInLanguage(locale, q, 8) : [];
  return Response.json(
    { query: q, hits },
    { headers: { 'Cache-Control': 'public, max-age=60', 'X-Content-Type-Options': 'nosniff' } },
  );
}
