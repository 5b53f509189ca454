// The German demo content (issue 18) mirrors the English pages: a translation may change the words a
// reader sees, never the page's structure, its links' targets or the data it refers to. Each German page
// goes through the project's own compiler (the same MDX safety rules as every page).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compilePage } from '@/lib/content/compile-page';
import { ZCertificationSchema, ZDocumentSchema, ZSectionSchema } from '@/lib/content/structured-data';
import { isTranslationFolder, translationFolder } from '@/lib/content/translation-folders';

const ROOT = process.cwd();
const DE_PAGES = path.join(ROOT, 'content/pages/de');
const DE_DATA = path.join(ROOT, 'content/data/de');

/** Frontmatter fields a translation may change; every other field keeps the English value. */
const TRANSLATABLE_FRONTMATTER = new Set(['title', 'description']);

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.mdx') ? [path.join(dir, e.name)] : [],
    );
}

function frontmatter(source: string): Map<string, string> {
  const block = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  return new Map(
    block
      .split('\n')
      .map((l) => /^([A-Za-z][\w-]*):\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!.trim()]),
  );
}

/** Headings that read the same in German: loanwords, standard names and the organisations' own names. */
const SAME_IN_GERMAN = new Set([
  'Download',
  'Compliance',
  'Audits',
  'Global Messaging Anti-Abuse Working Group',
  'European Sender Reputation Forum',
  'Mobile Messaging Fraud Exchange',
  'Open Email Authentication Alliance',
  'Trusted Incident Responders Network',
  'Phishing Takedown Coalition',
  'European Cloud Privacy Code',
  'Responsible Sender Pledge',
]);

const internal = (urls: string[]) => [...new Set(urls.filter((u) => u.startsWith('/')))].sort();

const germanPages = walk(DE_PAGES).map((abs) => path.relative(DE_PAGES, abs).split(path.sep).join('/'));

describe('German pages mirror their English source', () => {
  it('covers the pages of the demo (home, certifications, DPA, sub-processor policy, FAQ)', () => {
    const certifications = fs
      .readdirSync(path.join(ROOT, 'content/pages/certifications'))
      .map((f) => `certifications/${f}`);
    expect(germanPages.sort()).toEqual(
      [
        'index.mdx',
        'data-protection/data-processing-agreement.mdx',
        'data-protection/subprocessors.mdx',
        'faq/index.mdx',
        ...certifications,
      ].sort(),
    );
  });

  describe.each(germanPages)('%s', (rel) => {
    const enFile = path.join(ROOT, 'content/pages', rel);
    const deSource = fs.readFileSync(path.join(DE_PAGES, rel), 'utf8');

    it('has an English counterpart with the same frontmatter keys and structural values', () => {
      expect(fs.existsSync(enFile)).toBe(true);
      const en = frontmatter(fs.readFileSync(enFile, 'utf8'));
      const de = frontmatter(deSource);
      // `translatedFrom`: the English revision it was made from (content:export writes it); the current one,
      // so the file-based site does not call it outdated (an English file without `revision` is revision 1).
      expect(de.get('translatedFrom')).toBe(en.get('revision') ?? '1');
      de.delete('translatedFrom');
      expect([...de.keys()]).toEqual([...en.keys()]);
      for (const [key, value] of en) {
        if (!TRANSLATABLE_FRONTMATTER.has(key)) expect(de.get(key), key).toBe(value);
      }
    });

    it('compiles with the project compiler and keeps headings, links, FAQ ids and data references', async () => {
      const [en, de] = await Promise.all([
        compilePage(fs.readFileSync(enFile, 'utf8'), `content/pages/${rel}`),
        compilePage(deSource, `content/pages/de/${rel}`),
      ]);
      expect(de.headings.map((h) => h.depth)).toEqual(en.headings.map((h) => h.depth));
      expect(internal(de.links.map((l) => l.url))).toEqual(internal(en.links.map((l) => l.url)));
      expect(de.faqs.map((f) => f.id)).toEqual(en.faqs.map((f) => f.id));
      expect(de.refs.map((r) => `${r.component}:${r.id}`)).toEqual(en.refs.map((r) => `${r.component}:${r.id}`));
      // Translated, not copied: no heading and no FAQ question is left in English.
      const enHeadings = new Set(en.headings.map((h) => h.text));
      const copied = de.headings.filter((h) => enHeadings.has(h.text) && !SAME_IN_GERMAN.has(h.text));
      expect(copied).toEqual([]);
      const enQuestions = new Set(en.faqs.map((f) => f.question));
      expect(de.faqs.filter((f) => enQuestions.has(f.question))).toEqual([]);
    });
  });
});

type Row = Record<string, unknown>;

/**
 * Per overlay: the row's key and the fields a reader sees; every other field must equal the English one.
 * A document's category is an enum (ZDocumentSchema), so it stays a key; its label is the UI catalogue's.
 */
const OVERLAYS: { file: string; key: string; text: string[]; schema: z.ZodType }[] = [
  { file: 'sections.json', key: 'key', text: ['title', 'description'], schema: ZSectionSchema },
  { file: 'certifications.json', key: 'id', text: ['name', 'standard', 'scope'], schema: ZCertificationSchema },
  { file: 'documents.json', key: 'id', text: ['title', 'description'], schema: ZDocumentSchema },
];

describe.each(OVERLAYS)('German overlay content/data/de/$file', ({ file, key, text, schema }) => {
  const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'content/data', file), 'utf8')) as Row[];
  const de = JSON.parse(fs.readFileSync(path.join(DE_DATA, file), 'utf8')) as Row[];
  const strip = (row: Row) => Object.fromEntries(Object.entries(row).filter(([k]) => !text.includes(k)));

  it('passes the schema the English file is loaded with', () => {
    expect(z.array(schema).safeParse(de).error?.issues ?? []).toEqual([]);
  });

  it('has the same entries, keys and non-text values as the English file', () => {
    expect(de.map((r) => r[key])).toEqual(en.map((r) => r[key]));
    de.forEach((row, i) => {
      expect(Object.keys(row)).toEqual(Object.keys(en[i]!));
      expect(strip(row)).toEqual(strip(en[i]!));
      for (const field of text) expect(typeof row[field]).toBe(typeof en[i]![field]);
    });
  });

  it('translates the prose (descriptions and scopes are not left in English)', () => {
    const prose = text.filter((f) => f === 'description' || f === 'scope');
    de.forEach((row, i) => {
      for (const field of prose) expect(row[field], `${String(row[key])}.${field}`).not.toBe(en[i]![field]);
    });
  });
});

describe('translation folders under content/pages', () => {
  // One rule for the public site, the studio's file list, content:import and content:export.
  const sections = [
    { key: 'overview', path: '/' },
    { key: 'faq', path: '/faq' },
    { key: 'certifications' },
    { key: 'legal', path: '/de' },
  ];

  it('are language tags that are neither a section key nor a section path', () => {
    expect(isTranslationFolder('fr', sections)).toBe(true);
    expect(isTranslationFolder('pt-BR', sections)).toBe(true);
    expect(isTranslationFolder('faq', sections)).toBe(false);
    expect(isTranslationFolder('de', sections)).toBe(false);
    expect(isTranslationFolder('certifications', sections)).toBe(false);
    expect(isTranslationFolder('index.mdx', sections)).toBe(false);
  });

  it('hold every German file of content/pages', () => {
    const real = JSON.parse(fs.readFileSync(path.join(ROOT, 'content/data/sections.json'), 'utf8'));
    expect(isTranslationFolder('de', real)).toBe(true);
    expect(germanPages.map((rel) => translationFolder(`de/${rel}`, real)?.locale)).toEqual(germanPages.map(() => 'de'));
  });
});
