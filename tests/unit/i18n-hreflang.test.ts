// hreflang: every sitemap URL lists all its languages and x-default, every listed address is itself in
// the sitemap with the very same list (the pairs are symmetric), and a page's <head> alternates say the
// same as its sitemap entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { getSite } from '@/lib/content/site';
import { sitemapEntries } from '@/lib/content/sitemap-entries';
import { alternatesFor, languageAlternates } from '@/lib/i18n/alternates';

const APP = 'https://trust.example.com';

beforeAll(() => {
  process.env.CONTENT_LOCALES = 'en,de';
  resetConfigForTests();
});
afterAll(() => {
  delete process.env.CONTENT_LOCALES;
  resetConfigForTests();
});

describe('hreflang', () => {
  it('pairs every sitemap URL symmetrically with its other languages, and with x-default', async () => {
    const site = await getSite();
    const entries = sitemapEntries(site, { noticeNumbers: [1, 2], documentSlugs: ['soc-2-report', 'pen test'] }, APP, {
      list: ['en', 'de'],
      default: 'en',
    });
    const byUrl = new Map(entries.map((e) => [e.url, e]));
    expect(byUrl.size).toBe(entries.length); // no address twice
    expect(entries.length).toBeGreaterThan(2 * 40);
    for (const entry of entries) {
      const languages = entry.alternates?.languages as Record<string, string>;
      expect(Object.keys(languages).sort(), entry.url).toEqual(['de', 'en', 'x-default']);
      expect(Object.values(languages), entry.url).toContain(entry.url); // lists itself
      for (const [lang, href] of Object.entries(languages)) {
        const other = byUrl.get(href);
        expect(other, `${entry.url} → ${lang} ${href} is not in the sitemap`).toBeDefined();
        expect(other!.alternates?.languages, `${href} does not list ${entry.url} back`).toEqual(languages);
      }
      expect(languages['x-default']).toBe(languages.en);
      expect(new URL(languages.de!).pathname.startsWith('/de')).toBe(true);
    }
  });

  it("gives a page's <head> the same alternates as its sitemap entry, and its own canonical address", () => {
    expect(languageAlternates('/certifications')).toEqual({
      en: '/certifications',
      de: '/de/certifications',
      'x-default': '/certifications',
    });
    expect(languageAlternates('/')).toEqual({ en: '/', de: '/de', 'x-default': '/' });
    expect(alternatesFor('/faq', 'de')).toMatchObject({ canonical: '/de/faq' });
    expect(alternatesFor('/faq', 'en')).toMatchObject({ canonical: '/faq' });
  });

  it('lists no alternates with one language', () => {
    const entries = sitemapEntries({ pages: [] }, { noticeNumbers: [], documentSlugs: [] }, APP);
    expect(entries.every((e) => !e.alternates)).toBe(true);
  });
});
