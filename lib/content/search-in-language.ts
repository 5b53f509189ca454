import 'server-only';
import { getConfig } from '@/lib/config';
import { localePath } from '@/lib/i18n/paths';
import type { SearchHit } from './search';
import { getSite } from './site';

/**
 * Search in the page's language first: that language's own index (its words, stop words and addresses).
 * Only when it finds nothing does the default language's index answer, with its addresses moved into the
 * page's language (every page exists there too), so an English term on a German page still finds it.
 */
export async function searchInLanguage(locale: string, query: string, limit: number): Promise<SearchHit[]> {
  const own = (await getSite(locale)).search.search(query, { limit });
  const { list, default: defaultLocale } = getConfig().locales;
  if (own.length || locale === defaultLocale) return own;
  const settings = { locales: list, defaultLocale };
  return (await getSite(defaultLocale)).search
    .search(query, { limit })
    .map((hit) => ({ ...hit, url: localePath(locale, hit.url, settings) }));
}
