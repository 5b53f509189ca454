// Full-text search over the published pages (one entry per section between headings) and every FAQ
// answer (one entry each). MiniSearch (BM25, prefix and typo-tolerant matching) holds the index in
// memory; it is rebuilt from the compiled pages whenever the site is (re)loaded, never per request.
import MiniSearch, { type SearchResult } from 'minisearch';
import { snippetOf, highlightAll, type Segment } from './snippet';

export interface SearchDoc {
  /** Unique: the URL the result opens. */
  id: string;
  kind: 'page' | 'faq';
  url: string;
  pageTitle: string;
  /** The navigation section's title, shown as context ("Account security"). */
  sectionTitle: string;
  /** The section heading or the FAQ question; null for the text before a page's first heading. */
  heading: string | null;
  text: string;
}

export interface SearchHit {
  url: string;
  kind: SearchDoc['kind'];
  sectionTitle: string;
  pageTitle: string;
  /** What the result is called: the question, "Page › Heading", or the page title. */
  title: Segment[];
  snippet: Segment[];
  score: number;
}

const STOP_WORDS = new Set(
  'a an and are as at be but by can do does for from has have how i if in into is it its may of on or our so than that the their then there these this to was we what when where which who why will with you your'.split(
    ' ',
  ),
);

// German stop words for a German site's index (its own index: README "Languages"). Other languages index
// every word until they get a list; folding (ü → u) happens for every language alike.
const STOP_WORDS_BY_LOCALE: Record<string, Set<string>> = {
  de: new Set(
    'aber als am an auch auf aus bei bin bis da damit dann das dass dem den der des die dies diese dieser doch dort du durch ein eine einem einen einer eines er es fur hat hatte ich ihr ihre im in ist ja jede jeder kann kein mit muss nach nicht noch nur ob oder ohne sein seine sich sie sind so uber um und uns unser unsere vom von vor war was weil wenn wer wie wir wird wo zu zum zur'.split(
      ' ',
    ),
  ),
};

export const tokenize = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

export function normalizeTerm(term: string, locale = 'en'): string | null {
  const t = term.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const stop = locale === 'en' ? STOP_WORDS : STOP_WORDS_BY_LOCALE[locale];
  return stop?.has(t) ? null : t;
}

export interface SearchIndex {
  readonly size: number;
  search(query: string, opts?: { limit?: number }): SearchHit[];
}

const FIELDS = ['heading', 'pageTitle', 'sectionTitle', 'text'];

export function buildSearchIndex(docs: SearchDoc[], { locale = 'en' }: { locale?: string } = {}): SearchIndex {
  const mini = new MiniSearch<SearchDoc>({
    fields: FIELDS,
    storeFields: ['kind', 'url', 'pageTitle', 'sectionTitle', 'heading', 'text'],
    tokenize,
    processTerm: (term) => normalizeTerm(term, locale) ?? null,
    searchOptions: {
      boost: { heading: 3, pageTitle: 2, sectionTitle: 1.2, text: 1 },
      // "encrypt" finds "encryption"; one typo is forgiven in longer words.
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      maxFuzzy: 2,
    },
  });
  mini.addAll(docs);

  return {
    size: docs.length,
    search(query, { limit = 20 } = {}) {
      const q = query.trim().slice(0, 200);
      if (!q) return [];
      // Every word must match; if nothing does, fall back to any word so a typo does not mean "no results".
      let results: SearchResult[] = mini.search(q, { combineWith: 'AND' });
      if (!results.length) results = mini.search(q, { combineWith: 'OR' });
      return results.slice(0, limit).map((r) => toHit(r, q, locale));
    },
  };
}

function toHit(r: SearchResult, query: string, locale: string): SearchHit {
  const doc = r as unknown as SearchResult & Omit<SearchDoc, 'id'>;
  // Words of the text that matched (including prefix and fuzzy matches) and the query's own words.
  const terms = new Set([...r.terms, ...(tokenize(query).map((t) => normalizeTerm(t, locale)).filter(Boolean) as string[])]);
  const title =
    doc.kind === 'faq' ? (doc.heading ?? doc.pageTitle) : doc.heading ? `${doc.pageTitle} › ${doc.heading}` : doc.pageTitle;
  return {
    url: doc.url,
    kind: doc.kind,
    sectionTitle: doc.sectionTitle,
    pageTitle: doc.pageTitle,
    title: highlightAll(title, terms),
    snippet: snippetOf(doc.text, terms),
    score: Math.round(r.score * 100) / 100,
  };
}
