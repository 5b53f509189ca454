// Issue 18: translations as files. content/pages/<locale>/… imports as published revisions of the
// translation (made from `translatedFrom`), exports back byte for byte with `translatedFrom`, adds a
// revision only when a file changed, and refuses a file that changes link targets or its section.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { outdateDemoTranslation } from '@/lib/studio/demo-outdated-translation';
import { exportContent } from '@/lib/studio/export-content';
import { importContent } from '@/lib/studio/import-content';
import { REPO_ROOT } from '@/tests/fixtures/db';
import { listStudioPages } from '@/lib/studio/list-studio-pages';
import { pageId, studioWorld } from '@/tests/fixtures/studio';

process.env.CONTENT_LOCALES = 'en,de';
const DE_FILE = 'content/pages/de/data-protection/data-processing-agreement.mdx';
const FIXTURE = path.join(REPO_ROOT, 'tests/fixtures/translations/de/data-protection/data-processing-agreement.mdx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-translations-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** content/ with the German DPA fixture added, under tmp. */
function contentWithGerman(name: string): string {
  const root = path.join(tmp, name);
  fs.cpSync(path.join(REPO_ROOT, 'content'), path.join(root, 'content'), { recursive: true });
  fs.mkdirSync(path.dirname(path.join(root, DE_FILE)), { recursive: true });
  fs.copyFileSync(FIXTURE, path.join(root, DE_FILE));
  return root;
}

async function germanDpa() {
  return db().contentPage.findFirst({
    where: { translationOfId: await pageId('/data-protection/data-processing-agreement'), locale: 'de' },
    include: { publishedRevision: true },
  });
}

// content/ itself holds German translations (the demo's, content/pages/de/…), the DPA among them: it is
// left out of the first import, so the fixture's German DPA is a new translation here.
let w: Awaited<ReturnType<typeof studioWorld>>;
let englishFiles: number;
let filesBefore: number;
beforeAll(async () => {
  w = await studioWorld({ without: [DE_FILE] });
  filesBefore = w.report.files;
  englishFiles = await db().contentPage.count({ where: { translationOfId: null } });
}, 120_000);

describe('content:import and content:export of translations', () => {
  it('round-trips a German file: import once, again adds nothing, export is byte-identical', async () => {
    const root = contentWithGerman('import');
    expect(filesBefore).toBe(englishFiles + 10);
    expect(await importContent({ root })).toEqual({
      files: filesBefore + 1,
      pagesCreated: 1,
      revisionsAdded: 1,
      unchanged: filesBefore,
    });
    const german = await germanDpa();
    expect(german).toMatchObject({ section: 'data-protection', slug: 'data-processing-agreement', locale: 'de' });
    expect(german!.publishedRevision).toMatchObject({ number: 1, origin: 'import', sourceRevisionNumber: 1 });
    // translatedFrom lives in the revision, not in its text.
    expect(german!.publishedRevision!.source).not.toContain('translatedFrom');
    expect(await importContent({ root })).toMatchObject({ revisionsAdded: 0, unchanged: filesBefore + 1 });

    const out = path.join(tmp, 'export');
    expect(await exportContent({ outDir: out })).toMatchObject({ written: filesBefore + 1, removed: 0 });
    expect(fs.readFileSync(path.join(out, 'pages/de/data-protection/data-processing-agreement.mdx'))).toEqual(
      fs.readFileSync(FIXTURE),
    );
    // Exported into the same folder: nothing to write, nothing removed.
    expect(await exportContent({ outDir: path.join(root, 'content') })).toEqual({
      written: 0,
      unchanged: filesBefore + 1,
      removed: 0,
    });
  });

  it('a changed German file becomes a new published revision of the translation only', async () => {
    const root = contentWithGerman('changed');
    const file = path.join(root, DE_FILE);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('immer aktuell', 'stets aktuell'));
    expect(await importContent({ root })).toMatchObject({ revisionsAdded: 1, unchanged: filesBefore });
    const german = await germanDpa();
    expect(german!.publishedRevision).toMatchObject({ number: 2, sourceRevisionNumber: 1 });
    expect(german!.publishedRevision!.source).toContain('stets aktuell');
  });

  it('refuses a German file whose links point elsewhere than its source, or that names another section', async () => {
    const root = contentWithGerman('relinked');
    const file = path.join(root, DE_FILE);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('](/changelog)', '](/faq)'));
    await expect(importContent({ root })).rejects.toThrow(
      `${DE_FILE}: A translation must link to the same pages as its source (revision 1). Missing: /changelog. Not in the source: /faq.`,
    );
    fs.writeFileSync(file, text.replace('section: data-protection', 'section: faq'));
    await expect(importContent({ root })).rejects.toThrow(/a translation keeps its page's section "data-protection"/);
    fs.writeFileSync(file, text.replace('translatedFrom: 1', 'translatedFrom: 9'));
    await expect(importContent({ root })).rejects.toThrow(/the source page has no revision 9/);
    // Nothing was written by the refused imports.
    expect((await germanDpa())!.publishedRevision!.number).toBe(2);
  });

  it('leaves files of a language CONTENT_LOCALES does not list alone', async () => {
    const root = contentWithGerman('unlisted');
    process.env.CONTENT_LOCALES = 'en';
    try {
      expect(await importContent({ root })).toMatchObject({ files: englishFiles, revisionsAdded: 0 });
      expect(await exportContent({ outDir: path.join(root, 'content') })).toMatchObject({ removed: 0 });
      expect(fs.existsSync(path.join(root, DE_FILE))).toBe(true);
    } finally {
      process.env.CONTENT_LOCALES = 'en,de';
    }
  });

  it('the demo step leaves the imported German sub-processor policy page outdated, once', async () => {
    const sourceId = await pageId('/data-protection/subprocessors');
    const german = async () =>
      (await listStudioPages(w.claraCtx)).sections
        .flatMap((s) => s.pages)
        .find((p) => p.id === sourceId)!
        .translations.find((t) => t.locale === 'de');
    // content/pages/de/data-protection/subprocessors.mdx came in with the first import, current.
    expect(await german()).toMatchObject({ state: 'published', outdated: false, basedOn: 1, sourceRevision: 1 });
    expect(await outdateDemoTranslation()).toBe(true);
    expect(await german()).toMatchObject({ state: 'outdated', basedOn: 1, sourceRevision: 2 });
    expect(await outdateDemoTranslation()).toBe(false);
  });
});
