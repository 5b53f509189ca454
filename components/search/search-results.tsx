import Link from 'next/link';
import type { SearchHit } from '@/lib/content/search';
import { Highlighted } from './highlighted';
import { getTranslator } from '@/lib/i18n/translator';
import { hrefIn } from '@/lib/i18n/request-locale';

/** The search page's results: ranked, each with its section, highlighted title and snippet. */
export function SearchResults({ query, hits, locale }: { query: string; hits: SearchHit[]; locale: string }) {
  if (!query) return null;
  const t = getTranslator(locale, 'search');
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <h2 id="results-heading" className="text-lg font-semibold">
        {hits.length ? t('resultsFor', { count: hits.length, query }) : t('noResultsFor', { query })}
      </h2>
      {hits.length ? (
        <ol className="mt-4 space-y-6">
          {hits.map((hit) => (
            <li key={hit.url}>
              <p className="text-xs text-fg-muted">
                {hit.kind === 'faq' ? t('faqPrefix') : ''}
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
          {
            t.rich('noResultsHelp', {
              faq: (chunks: unknown) => (
                <Link prefetch={false} href={hrefIn(locale, '/faq')}>
                  {chunks as React.ReactNode}
                </Link>
              ),
            }) as React.ReactNode
          }
        </p>
      )}
    </section>
  );
}
