import crypto from 'node:crypto';
import type { Metadata } from 'next';
import { AskBox } from '@/components/answers/ask-box';
import { SearchResults } from '@/components/search/search-results';
import { StaticHtml } from '@/components/trust/static-html';
import { TrustShell } from '@/components/trust/trust-shell';
import { getSite } from '@/lib/content/site';
import { searchInLanguage } from '@/lib/content/search-in-language';
import { alternatesFor } from '@/lib/i18n/alternates';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { ZSearchQuerySchema } from '@/lib/validation/content';
import { queryInput, type SearchParams } from '@/lib/validation/input';

type Props = { searchParams: Promise<SearchParams> };

async function queryOf(searchParams: Props['searchParams']): Promise<string> {
  const parsed = ZSearchQuerySchema.safeParse({ q: queryInput(await searchParams).q });
  return parsed.success ? parsed.data.q : '';
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = await queryOf(searchParams);
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'search');
  return {
    title: q ? t('titleWithQuery', { query: q }) : t('title'),
    description: t('description'),
    // Every result page names the bare /search as its canonical address, so crawlers fold the endless
    // ?q= variants into that one page; no noindex beside it (the two signals contradict each other, and
    // noindex failed the crawlability audit). README, "Why public pages are rendered once per publish".
    alternates: alternatesFor('/search', locale),
  };
}

/** Full-text search that works as a plain GET form, without any JavaScript. */
export default async function SearchPage({ searchParams }: Props) {
  const q = await queryOf(searchParams);
  const locale = await getRequestLocale();
  const site = await getSite(locale);
  const hits = q ? await searchInLanguage(locale, q, 30) : [];
  const t = getTranslator(locale, 'search');
  return (
    <TrustShell nav={site.nav} current="/search">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-2 text-fg-muted">
          {t('intro', { pages: site.pages.filter((p) => !p.hidden).length, faqs: site.faqCount })}
        </p>
        <form action={hrefIn(locale, '/search')} method="get" role="search" className="mt-6 flex gap-2">
          <label htmlFor="search-q" className="sr-only">
            {t('label')}
          </label>
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={q}
            placeholder={t('placeholder')}
            className="min-w-0 flex-1 rounded-md border border-border bg-bg px-3 py-2 text-fg"
          />
          <button
            type="submit"
            className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:opacity-90"
          >
            {t('submit')}
          </button>
        </form>
        {/* Sent once, as HTML, in a cached result page (static-html.tsx); the id names exactly what it lists. */}
        <StaticHtml
          id={`results-${crypto
            .createHash('sha256')
            .update(JSON.stringify([locale, q, hits]))
            .digest('hex')
            .slice(0, 24)}`}
        >
          <SearchResults query={q} hits={hits} locale={locale} />
        </StaticHtml>
        <AskBox />
      </div>
    </TrustShell>
  );
}
