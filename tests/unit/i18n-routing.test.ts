// Language prefixes: how an address splits into language and page, and how the public-page cache keys a
// prefixed address (its own entry per language, the same query contract, never a visitor-specific page).
import { describe, expect, it } from 'vitest';
import { isRegisterPath, publicCacheKey } from '@/lib/http/public-page-contract.mjs';
import { localePath, splitLocale } from '@/lib/i18n/paths';
import { parseLocaleList, resolveContentLocales } from '@/lib/i18n/locale-config';

const settings = { locales: ['en', 'de'], defaultLocale: 'en' };
const get = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers });

describe('language prefixes', () => {
  it('keeps the default language at today’s addresses and puts the others under /<locale>/ with the same slugs', () => {
    expect(localePath('en', '/certifications', settings)).toBe('/certifications');
    expect(localePath('de', '/certifications', settings)).toBe('/de/certifications');
    expect(localePath('de', '/', settings)).toBe('/de');
    expect(localePath('fr', '/faq', settings)).toBe('/faq'); // not configured: no prefix
  });

  it('reads the prefix only for configured non-default languages: /fr/… and /en/… stay unprefixed paths (a 404)', () => {
    expect(splitLocale('/de/certifications', settings)).toEqual({ locale: 'de', path: '/certifications' });
    expect(splitLocale('/de', settings)).toEqual({ locale: 'de', path: '/' });
    expect(splitLocale('/fr/certifications', settings)).toEqual({ locale: 'en', path: '/fr/certifications' });
    expect(splitLocale('/en/certifications', settings)).toEqual({ locale: 'en', path: '/en/certifications' });
    expect(splitLocale('/deutsch', settings)).toEqual({ locale: 'en', path: '/deutsch' });
  });

  it('parses CONTENT_LOCALES strictly', () => {
    expect(parseLocaleList('en, de')).toEqual({ ok: true, locales: ['en', 'de'] });
    expect(parseLocaleList('en,DE').ok).toBe(false);
    expect(parseLocaleList(',').ok).toBe(false);
    expect(resolveContentLocales({ CONTENT_LOCALES: 'de,en' })).toEqual(['de', 'en']);
  });
});

describe('the public-page cache per language', () => {
  it('keys a prefixed page by its own address (never by Accept-Language), with the same query contract', () => {
    expect(publicCacheKey(get('/de/certifications', { 'accept-language': 'fr' }))).toBe('/de/certifications');
    expect(publicCacheKey(get('/de/search?q=Verschl%C3%BCsselung&utm=x'))).toBe('/de/search?q=Verschl%C3%BCsselung');
    expect(publicCacheKey(get('/de/subprocessors?country=DE&x=1'))).toBe('/de/subprocessors?country=DE');
    expect(isRegisterPath('/de/subprocessors/history')).toBe(true);
  });

  it('never caches a prefixed visitor-specific or signed-in address', () => {
    for (const url of [
      '/de/documents/request?doc=x',
      '/de/subprocessors/subscribe/confirm?token=x',
      '/de/search/suggest?q=x',
      '/de/login',
      '/de/studio',
      '/de/account',
    ])
      expect(publicCacheKey(get(url)), url).toBeNull();
  });
});
