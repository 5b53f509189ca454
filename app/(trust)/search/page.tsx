import type { Metadata } from 'next';
import { AskBox } from '@/components/answers/ask-box';
import { SearchResults } from '@/components/search/search-results';
import { TrustShell } from '@/components/trust/trust-shell';
import { getSite } from '@/lib/content/site';
import { ZSearchQuerySchema } from '@/lib/validation/content';
import { queryInput, type SearchParams } from '@/lib/validation/input';

type Props = { searchParams: Promise<SearchParams> };

async function queryOf(searchParams: Props['searchParams']): Promise<string> {
  const parsed = ZSearchQuerySchema.safeParse({ q: queryInput(await searchParams).q });
  return parsed.success ? parsed.data.q : '';
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = await queryOf(searchParams);
  return {
    title: q ? `Search: ${q}` : 'Search',
    description: 'Search the trust center’s pages and FAQ answers.',
    alternates: { canonical: '/search' },
    // Result pages are endless variations of the same content.
    robots: q ? { index: false, follow: true } : undefined,
  };
}

/** Full-text search that works as a plain GET form, without any JavaScript. */
export default async function SearchPage({ searchParams }: Props) {
  const q = await queryOf(searchParams);
  const site = await getSite();
  const hits = q ? site.search.search(q, { limit: 30 }) : [];
  return (
    <TrustShell nav={site.nav} current="/search">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Search</h1>
        <p className="mt-2 text-fg-muted">
          Search all {site.pages.filter((p) => !p.hidden).length} pages and {site.faqCount} FAQ answers of the trust
          center.
        </p>
        <form action="/search" method="get" role="search" className="mt-6 flex gap-2">
          <label htmlFor="search-q" className="sr-only">
            Search the trust center
          </label>
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={q}
            placeholder="e.g. encryption, data location, SOC 2"
            className="min-w-0 flex-1 rounded-md border border-border bg-bg px-3 py-2 text-fg"
          />
          <button
            type="submit"
            className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:opacity-90"
          >
            Search
          </button>
        </form>
        <SearchResults query={q} hits={hits} />
        <AskBox />
      </div>
    </TrustShell>
  );
}
