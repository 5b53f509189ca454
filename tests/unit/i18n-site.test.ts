// The site per language: a translation replaces its page in that language's snapshot (with its state),
// a page not translated yet falls back to the default text, translations cannot change the slug tree or
// link targets and pass the same MDX safety checks, and each language has its own search index.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSite, rebuildContent } from '@/lib/content/site';
import { resetConfigForTests } from '@/lib/config';

const original = process.cwd();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tc-i18n-'));
const fixture = path.join(original, 'tests/fixtures/i18n/pages-de/certifications/index.mdx');
const de = (rel: string) => path.join(dir, 'content/pages/de', rel);
const fixtureText = fs.readFileSync(fixture, 'utf8');

function writeDe(rel: string, text: string) {
  fs.mkdirSync(path.dirname(de(rel)), { recursive: true });
  fs.writeFileSync(de(rel), text);
}

beforeAll(async () => {
  process.env.CONTENT_LOCALES = 'en,de';
  resetConfigForTests();
  fs.cpSync(path.join(original, 'content'), path.join(dir, 'content'), { recursive: true });
  // Only this test's translation: the demo's German pages (if any) are not what is being tested here.
  fs.rmSync(path.join(dir, 'content/pages/de'), { recursive: true, force: true });
  fs.rmSync(path.join(dir, 'content/data/de'), { recursive: true, force: true });
  writeDe('certifications/index.mdx', fixtureText);
  process.chdir(dir);
  await rebuildContent();
});

afterAll(async () => {
  process.chdir(original);
  delete process.env.CONTENT_LOCALES;
  resetConfigForTests();
  await rebuildContent();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the site in German', () => {
  it('lays the translation over its page, keeps every other page in English as a fallback', async () => {
    const en = await getSite('en');
    const site = await getSite('de');
    expect(site.pages.map((p) => p.route)).toEqual(en.pages.map((p) => p.route)); // same slug tree
    const certs = site.byRoute.get('/certifications')!;
    expect(certs.title).toBe('Zertifizierungen und Prüfungen');
    expect(certs.translation).toBe('current');
    expect(certs.locale).toBe('de');
    expect(site.byRoute.get('/faq')).toMatchObject({ title: 'Security FAQ', translation: 'fallback' });
    // The English site is untouched: the de/ folder is a language, not a section.
    expect(en.byRoute.get('/certifications')?.title).toBe('Certifications & audits');
    expect(en.pages).toHaveLength(35);
  });

  it('marks a translation outdated when its source has a newer revision than it was made from', async () => {
    const source = path.join(dir, 'content/pages/certifications/index.mdx');
    const text = fs.readFileSync(source, 'utf8');
    fs.writeFileSync(source, text.replace('owner: "Compliance"', 'owner: "Compliance"\nrevision: 2'));
    try {
      await rebuildContent();
      expect((await getSite('de')).byRoute.get('/certifications')?.translation).toBe('outdated');
      writeDe('certifications/index.mdx', fixtureText.replace('translatedFrom: 1', 'translatedFrom: 2'));
      await rebuildContent();
      expect((await getSite('de')).byRoute.get('/certifications')?.translation).toBe('current');
    } finally {
      fs.writeFileSync(source, text);
      writeDe('certifications/index.mdx', fixtureText);
      await rebuildContent();
    }
  });

  it('searches the German index for German words, with German addresses', async () => {
    const hits = (await getSite('de')).search.search('Verschlüsselung');
    expect(hits[0]?.url).toMatch(/^\/de\/certifications/);
    expect((await getSite('en')).search.search('Verschlüsselung').some((h) => h.url.startsWith('/de/'))).toBe(false);
    // German stop words are not indexed, English ones are words there.
    expect((await getSite('de')).search.search('und').length).toBe(0);
  });
});

describe('translations cannot change the site', () => {
  async function refused(rel: string, text: string): Promise<string> {
    writeDe(rel, text);
    try {
      await rebuildContent();
      return '';
    } catch (err) {
      return (err as Error).message;
    } finally {
      fs.rmSync(de(rel));
      writeDe('certifications/index.mdx', fixtureText);
    }
  }

  it('refuses a translation at a path the default language does not have', async () => {
    expect(await refused('certifications/nur-deutsch.mdx', fixtureText)).toMatch(
      /content\/pages\/de\/certifications\/nur-deutsch\.mdx:1 A translation must have the path of a page in the default language/,
    );
    expect((await getSite('de')).byRoute.has('/certifications/nur-deutsch')).toBe(false);
  });

  it("refuses a translation whose links point elsewhere than its source's", async () => {
    const message = await refused(
      'certifications/index.mdx',
      fixtureText.replace('(/changelog)', '(/data-protection/subprocessors)'),
    );
    expect(message).toMatch(/links to the same pages as its source/);
    expect(message).toMatch(/Not in the source: \/data-protection\/subprocessors\. Missing: \/changelog\./);
  });

  it('runs the same MDX safety checks on a translation', async () => {
    const message = await refused(
      'certifications/index.mdx',
      fixtureText.replace('## Nachweise', 'import x from "y"\n\n## Nachweise'),
    );
    expect(message).toMatch(/content\/pages\/de\/certifications\/index\.mdx:\d+:1 Imports are not allowed/);
    // The previous snapshot keeps serving.
    expect((await getSite('de')).byRoute.get('/certifications')?.translation).toBe('current');
  });
});
