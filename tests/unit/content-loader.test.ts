// The content loader: the real content/ folder loads into one snapshot (navigation, order, dates,
// search), cross-file rules are enforced, and publishing swaps the snapshot — or keeps the old one
// when the new content is broken.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleSite, neighbours, routeOf, type PageSource, type SiteData } from '@/lib/content/assemble-site';
import { checkPage, COMPILER_VERSION, type CompiledPage } from '@/lib/content/compile-page';
import { ContentError } from '@/lib/content/content-error';
import { lastUpdatedDates, parseGitLog } from '@/lib/content/last-updated';
import { getPage, getSite, rebuildContent } from '@/lib/content/site';
import { loadSections } from '@/lib/content/structured-data';

describe('loading the real content', () => {
  it('loads every page under content/pages, in the order of sections.json and each page\'s "order"', async () => {
    const site = await getSite();
    expect(site.pages).toHaveLength(35);
    expect(site.nav.map((s) => s.key)).toEqual(loadSections().map((s) => s.key));
    for (const section of site.nav) {
      expect(section.pages[0]?.route).toBe(section.path); // the section's index comes first
    }
    expect(site.nav.find((s) => s.key === 'account-security')?.pages.map((p) => p.route)).toEqual([
      '/account-security',
      '/account-security/password-management',
      '/account-security/two-factor-authentication',
      '/account-security/ip-access-control',
      '/account-security/user-and-role-management',
    ]);
  });

  it('maps files to routes: index.mdx is its folder', () => {
    expect(routeOf('index.mdx')).toBe('/');
    expect(routeOf('faq/index.mdx')).toBe('/faq');
    expect(routeOf('data-protection/subprocessors.mdx')).toBe('/data-protection/subprocessors');
  });

  it('chains previous and next through every page in sidebar order', async () => {
    const site = await getSite();
    expect(neighbours(site, '/')).toMatchObject({ previous: null, next: { route: '/account-security' } });
    expect(neighbours(site, '/account-security/user-and-role-management').next?.route).toBe('/communication-security');
    expect(neighbours(site, '/faq').next).toBeNull();
  });

  it('gives every page a last-updated time, its review date and owner, and unique heading ids', async () => {
    const site = await getSite();
    for (const page of site.pages) {
      expect(new Date(page.lastUpdated).toISOString()).toBe(page.lastUpdated);
      expect(page.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(page.owner).not.toBe('');
      const ids = page.compiled.headings.map((h) => h.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const toms = await getPage('/infrastructure-security/technical-and-organisational-measures');
    expect(toms?.compiled.headings.filter((h) => h.depth === 3).map((h) => h.id)).toContain('access-control');
    expect(await getPage('/no/such/page')).toBeNull();
  });
});

describe('last updated', () => {
  it('reads the newest commit date per file from git log output', () => {
    const log =
      '\0' +
      '2026-11-20T10:00:00+01:00\n\ncontent/pages/a.mdx\ncontent/pages/b.mdx\n' +
      '\0' +
      '2026-10-01T08:00:00Z\n\ncontent/pages/a.mdx\ncontent/pages/c.mdx\n';
    expect(Object.fromEntries(parseGitLog(log))).toEqual({
      'content/pages/a.mdx': '2026-11-20T09:00:00.000Z',
      'content/pages/b.mdx': '2026-11-20T09:00:00.000Z',
      'content/pages/c.mdx': '2026-10-01T08:00:00.000Z',
    });
  });

  it("falls back to the file's modification time outside git", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tc-dates-'));
    const file = path.join(dir, 'page.mdx');
    fs.writeFileSync(file, 'x');
    const when = new Date('2026-05-04T03:02:01.000Z');
    fs.utimesSync(file, when, when);
    expect((await lastUpdatedDates(dir, '.', [file])).get(file)).toBe(when.toISOString());
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('rules across files', () => {
  const data: SiteData = {
    sections: [
      { key: 'overview', title: 'Overview', description: 'd', path: '/' },
      { key: 'guide', title: 'Guide', description: 'd', path: '/guide' },
    ],
    certifications: [],
    documents: [],
  };
  const source = (file: string, route: string, fm: { section: string; order: number }, body: string): PageSource => {
    const text = `---\ntitle: "T ${route}"\ndescription: "D"\nsection: ${fm.section}\norder: ${fm.order}\nlastReviewed: "2026-01-01"\nowner: "Team"\n---\n\n${body}\n`;
    const { frontmatter, outline } = checkPage(text, file);
    const compiled: CompiledPage = { ...outline, frontmatter, code: '', hash: file, compilerVersion: COMPILER_VERSION };
    return { file, route, compiled, lastUpdated: '2026-01-01T00:00:00.000Z' };
  };
  const home = source(
    'content/pages/index.mdx',
    '/',
    { section: 'overview', order: 0 },
    'Home. See [the guide](/guide#setup).',
  );
  const guide = source('content/pages/guide/index.mdx', '/guide', { section: 'guide', order: 0 }, '## Setup\n\nText.');

  function problems(sources: PageSource[]): string[] {
    try {
      assembleSite(sources, data);
    } catch (err) {
      if (err instanceof ContentError) return err.issues.map((i) => `${i.file}:${i.line} ${i.message}`);
      throw err;
    }
    return [];
  }

  it('accepts a consistent site', () => {
    expect(problems([home, guide])).toEqual([]);
  });

  it('rejects links to missing pages and anchors, naming file and line', () => {
    const broken = source(
      'content/pages/guide/b.mdx',
      '/guide/b',
      { section: 'guide', order: 1 },
      'Intro.\n\nSee [x](/guide/missing), [y](/guide#nope) and [z](#here).\n\n[Report](/report-abuse) is fine.',
    );
    expect(problems([home, guide, broken])).toEqual([
      'content/pages/guide/b.mdx:12 The link "/guide/missing" points to no page: check the path against content/pages/.',
      'content/pages/guide/b.mdx:12 The link "/guide#nope" points to no heading or FAQ entry "#nope" on /guide.',
      'content/pages/guide/b.mdx:12 The link "#here" points to no heading or FAQ entry on this page.',
    ]);
  });

  it('rejects a FAQ id used twice across the site, unknown data ids, a section that does not match its folder and a repeated order', () => {
    const faq = (id: string) => `<Accordion>\n\n<FaqItem id="${id}" question="Q?">\n\nA.\n\n</FaqItem>\n\n</Accordion>`;
    const a = source(
      'content/pages/guide/a.mdx',
      '/guide/a',
      { section: 'guide', order: 1 },
      `${faq('faq-one')}\n\n<DocumentLink id="nope" />`,
    );
    const b = source('content/pages/guide/b.mdx', '/guide/b', { section: 'guide', order: 1 }, faq('faq-one'));
    const c = source('content/pages/elsewhere/c.mdx', '/elsewhere/c', { section: 'guide', order: 2 }, 'Text.');
    expect(problems([home, guide, a, b, c])).toEqual([
      'content/pages/elsewhere/c.mdx:1 The page is in the folder "elsewhere" but its frontmatter says section "guide": they must match.',
      'content/pages/guide/a.mdx:20 <DocumentLink id="nope">: no document with that id in content/data/documents.json.',
      'content/pages/guide/b.mdx:1 order 1 is already used by content/pages/guide/a.mdx in the section "guide".',
      'content/pages/guide/b.mdx:12 The FAQ id "faq-one" is already used in content/pages/guide/a.mdx:12: FAQ ids must be unique across the site.',
    ]);
  });
});

describe('publishing: rebuildContent()', () => {
  const original = process.cwd();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tc-content-'));
  afterAll(async () => {
    process.chdir(original);
    await rebuildContent();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('swaps in edited content, and keeps serving the old snapshot when the new content is broken', async () => {
    fs.cpSync(path.join(original, 'content'), path.join(dir, 'content'), { recursive: true });
    process.chdir(dir);
    expect(await rebuildContent()).toEqual({ pages: 35, searchEntries: expect.any(Number) });
    const before = await getSite();

    const file = path.join(dir, 'content/pages/faq/index.mdx');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('## Accounts & access', '## Accounts & access\n\nimport x from "y"'));
    await expect(rebuildContent()).rejects.toThrow(/^content\/pages\/faq\/index\.mdx:\d+:1 Imports are not allowed/);
    expect(await getSite()).toBe(before);

    fs.writeFileSync(file, text.replace('title: "Security FAQ"', 'title: "Questions about quokkas"'));
    await rebuildContent();
    expect((await getPage('/faq'))?.title).toBe('Questions about quokkas');
    expect((await getSite()).search.search('quokkas')[0]?.url).toMatch(/^\/faq/);
  });
});
