// Issue 16 part 6: the sitemap lists every public page. The list of public pages comes from the file
// system (every page under app/(trust) that does not say `noindex`), so a new public page that the
// sitemap forgets fails here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Site } from '@/lib/content/assemble-site';
import { sitemapEntries } from '@/lib/content/sitemap-entries';

const TRUST = path.join(process.cwd(), 'app', '(trust)');

/** Routes of app/(trust)/**\/page.tsx, with dynamic segments kept as written ([slug]). */
function publicPageRoutes(): { route: string; noindex: boolean }[] {
  const found: { route: string; noindex: boolean }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'page.tsx') {
        const route = `/${path.relative(TRUST, dir).split(path.sep).join('/')}`.replace(/\/$/, '') || '/';
        found.push({ route, noindex: /robots:\s*\{\s*index:\s*false\s*\}/.test(fs.readFileSync(full, 'utf8')) });
      }
    }
  };
  walk(TRUST);
  return found;
}

const page = (route: string, hidden = false) =>
  ({
    route,
    hidden,
    lastUpdated: '2026-01-01T00:00:00.000Z',
    section: { path: route },
  }) as unknown as Site['pages'][number];
const site = {
  pages: [page('/'), page('/certifications'), page('/certifications/soc-2-type-ii'), page('/faq/draft-notes', true)],
};
const extras = { noticeNumbers: [2, 1], documentSlugs: ['soc-2-report', 'pen test'] };
const paths = sitemapEntries(site, extras, 'https://trust.example.com').map((e) => new URL(e.url).pathname);

describe('sitemap', () => {
  it('lists /documents and /changelog', () => {
    expect(paths).toEqual(expect.arrayContaining(['/documents', '/changelog']));
  });

  it('lists every indexable page under app/(trust), and none that says noindex', () => {
    const routes = publicPageRoutes();
    expect(routes.length).toBeGreaterThan(10);
    for (const { route, noindex } of routes) {
      if (route === '/[...slug]') continue; // the content pages: from the snapshot, below
      const expected = route.replace('[slug]', 'soc-2-report').replace('[number]', '2');
      if (noindex) expect(paths, route).not.toContain(expected);
      else expect(paths, route).toContain(expected);
    }
  });

  it('lists content pages except hidden ones, each notice and each document page, once each', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/certifications',
        '/certifications/soc-2-type-ii',
        '/subprocessors/notices/1',
        '/documents/pen%20test',
      ]),
    );
    expect(paths).not.toContain('/faq/draft-notes');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('uses the configured public origin', () => {
    const urls = sitemapEntries(site, extras, 'https://trust.example.com/').map((e) => e.url);
    expect(urls.every((u) => u.startsWith('https://trust.example.com/'))).toBe(true);
  });
});
