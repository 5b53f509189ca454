// The demo answer library (content/answers/library.json, issue 17): valid, large enough, built on the FAQ,
// owned by demo vendor staff, with a few NDA/internal and overdue entries — and every evidence link points
// at a page and anchor (or a document) the site actually has.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibraryFile } from '@/lib/answers/eval-corpus';
import { ZLibrarySeed, type LibraryEntrySeed } from '@/lib/answers/library-seed';
import { APP_LINK_TARGETS } from '@/lib/content/mdx-components-spec';
import { getSite, type Site } from '@/lib/content/site';
import { DEMO_USERS } from '@/lib/db/seed-data';

let library: LibraryEntrySeed[];
let site: Site;
beforeAll(async () => {
  library = loadLibraryFile();
  site = await getSite();
});

const documentIds = () =>
  new Set(
    (
      JSON.parse(fs.readFileSync(path.join(process.cwd(), 'content/data/documents.json'), 'utf8')) as { id: string }[]
    ).map((d) => d.id),
  );

/** Why an evidence href does not resolve, or null when it does. */
function unresolved(href: string, docs: Set<string>): string | null {
  const [pathPart = '', anchor] = href.split('#');
  const route = pathPart.replace(/\/$/, '') || '/';
  if (route.startsWith('/documents/')) {
    if (anchor) return 'documents have no anchors';
    return docs.has(route.slice('/documents/'.length)) ? null : 'no such document in content/data/documents.json';
  }
  const page = site.byRoute.get(route);
  if (!page) return (APP_LINK_TARGETS as readonly string[]).includes(route) && !anchor ? null : 'no such page';
  if (page.hidden) return 'the page is hidden';
  if (!anchor) return null;
  const anchors = new Set([...page.compiled.headings.map((h) => h.id), ...page.compiled.faqs.map((f) => f.id)]);
  return anchors.has(anchor) ? null : `no heading or FAQ entry "#${anchor}" on ${route}`;
}

describe('demo answer library', () => {
  it('matches the LibraryEntrySeed format, with unique slugs', () => {
    expect(() => ZLibrarySeed.parse(library)).not.toThrow();
    const slugs = library.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('holds every answer of the FAQ page plus at least 60 more entries', () => {
    const faqIds = site.byRoute.get('/faq')!.compiled.faqs.map((f) => f.id);
    const cited = new Set(library.flatMap((e) => e.evidence.map((x) => x.href)));
    expect(faqIds.filter((id) => !cited.has(`/faq#${id}`))).toEqual([]);
    const fromFaq = library.filter((e) => e.evidence.some((x) => x.href.startsWith('/faq#')));
    expect(fromFaq).toHaveLength(faqIds.length);
    expect(library.length - fromFaq.length).toBeGreaterThanOrEqual(60);
  });

  it('every evidence href exists on the built site (page and anchor) or in the document library', () => {
    const docs = documentIds();
    const broken = library
      .flatMap((e) => e.evidence.map((x) => [e.slug, x.href, unresolved(x.href, docs)] as const))
      .filter(([, , why]) => why);
    expect(broken).toEqual([]);
    expect(library.every((e) => e.evidence.length > 0)).toBe(true);
    // The check itself catches what it should.
    expect(unresolved('/faq#no-such-question', docs)).toMatch(/no heading or FAQ entry/);
    expect(unresolved('/no/such/page', docs)).toBe('no such page');
    expect(unresolved('/documents/no-such-document', docs)).toMatch(/no such document/);
    expect(unresolved('/subprocessors', docs)).toBeNull();
  });

  it('is owned by demo vendor staff, has a few NDA and internal entries, and a few overdue reviews', () => {
    const vendorStaff = new Set(DEMO_USERS.filter((u) => u.org === 'acme-mail').map((u) => u.email));
    expect(library.filter((e) => !vendorStaff.has(e.owner)).map((e) => e.slug)).toEqual([]);
    expect(library.filter((e) => e.visibility === 'nda').length).toBeGreaterThanOrEqual(3);
    expect(library.filter((e) => e.visibility === 'internal').length).toBeGreaterThanOrEqual(2);
    const today = new Date().toISOString().slice(0, 10);
    const overdue = library.filter((e) => e.reviewBy < today);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(overdue.length).toBeLessThan(library.length / 4);
  });

  it('public entries never rest on a gated document alone', () => {
    const gated = new Set(
      (
        JSON.parse(fs.readFileSync(path.join(process.cwd(), 'content/data/documents.json'), 'utf8')) as {
          id: string;
          visibility: string;
        }[]
      )
        .filter((d) => d.visibility !== 'public')
        .map((d) => `/documents/${d.id}`),
    );
    const onlyGated = library.filter((e) => e.visibility === 'public' && e.evidence.every((x) => gated.has(x.href)));
    expect(onlyGated.map((e) => e.slug)).toEqual([]);
  });
});
