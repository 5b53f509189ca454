import Link from 'next/link';
import type { SearchHit } from '@/lib/content/search';
import { Highlighted } from './highlighted';

/** The search page's results: ranked, each with its section, highlighted title and snippet. */
export function SearchResults({ query, hits }: { query: string; hits: SearchHit[] }) {
  if (!query) return null;
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <h2 id="results-heading" className="text-lg font-semibold">
        {hits.length
          ? `${hits.length === 1 ? '1 result' : `${hits.length} results`} for “${query}”`
          : `No results for “${query}”`}
      </h2>
      {hits.length ? (
        <ol className="mt-4 space-y-6">
          {hits.map((hit) => (
            <li key={hit.url}>
              <p className="text-xs text-fg-muted">
                {hit.kind === 'faq' ? 'FAQ · ' : ''}
                {hit.sectionTitle}
              </p>
              <Link prefetch={false} href={hit.url} className="text-lg font-medium">
                <Highlighted segments={hit.title} />
              </Link>
              <p className="mt-1 text-sm text-fg-muted">
                <Highlighted segments={hit.snippet} />
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-fg-muted">
          Check the spelling, try a broader word, or browse the sections in the menu. The{' '}
          <Link prefetch={false} href="/faq">
            Security FAQ
          </Link>{' '}
          answers the most common questions.
        </p>
      )}
    </section>
  );
}
