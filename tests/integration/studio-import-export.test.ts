// Issue 9: content/ and the database — import is idempotent, export → files is byte-identical, a studio
// edit survives export → import, and broken or dangerous files import nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { approveReview } from '@/lib/studio/approve-review';
import { exportContent } from '@/lib/studio/export-content';
import { importContent } from '@/lib/studio/import-content';
import { publishReview } from '@/lib/studio/publish-review';
import { requestReview } from '@/lib/studio/request-review';
import { saveDraft } from '@/lib/studio/save-draft';
import { REPO_ROOT } from '@/tests/fixtures/db';
import { editedSource, pageId, studioWorld } from '@/tests/fixtures/studio';

// content/pages holds 35 English pages and 11 German translations (content/pages/de/…, issue 18).
process.env.CONTENT_LOCALES = 'en,de';
const PAGES = 35;
const FILES = PAGES + 11;

let w: Awaited<ReturnType<typeof studioWorld>>;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-export-'));
beforeAll(async () => {
  w = await studioWorld();
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function filesUnder(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(path.relative(dir, full), fs.readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

/** A content folder of its own (pages + data) under tmp, for importing from. */
function contentCopy(name: string): string {
  const root = path.join(tmp, name);
  fs.cpSync(path.join(REPO_ROOT, 'content'), path.join(root, 'content'), { recursive: true });
  return root;
}

describe('content:import and content:export', () => {
  it('a second import adds nothing, and records one audit event each time', async () => {
    const again = await importContent();
    expect(again).toEqual({ files: FILES, pagesCreated: 0, revisionsAdded: 0, unchanged: FILES });
    expect(await db().contentPage.count({ where: { translationOfId: null } })).toBe(PAGES);
    expect(await db().contentRevision.count()).toBe(FILES);
    const events = await db().auditEvent.findMany({ where: { action: 'content.imported' }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => (e.changes as { revisionsAdded: number }).revisionsAdded)).toEqual([FILES, 0]);
  });

  it('dates imported revisions by the file, so "Last updated" stays true', async () => {
    const page = await db().contentPage.findFirstOrThrow({ where: { section: 'faq', slug: 'index' } });
    expect(page.publishedAt!.getTime()).toBeLessThan(Date.now() - 1000);
  });

  it('round-trip: import content/ → export is byte-identical to content/pages', async () => {
    const out = path.join(tmp, 'export-1');
    const report = await exportContent({ outDir: out });
    expect(report).toEqual({ written: FILES, unchanged: 0, removed: 0 });
    const exported = filesUnder(path.join(out, 'pages'));
    // Translations come back under their language folder (content/pages/de/…) with their `translatedFrom`.
    const original = filesUnder(path.join(REPO_ROOT, 'content', 'pages'));
    expect([...exported.keys()].sort()).toEqual([...original.keys()].sort());
    for (const [file, bytes] of original) expect(exported.get(file)!.equals(bytes), file).toBe(true);
  });

  it('a studio edit survives export → import, and importing it again adds nothing', async () => {
    const route = '/data-protection/legal-framework';
    const id = await pageId(route);
    const source = await editedSource(route, /\n## /, '\n\nExported marker sentence.\n\n## ');
    const saved = await saveDraft(w.claraCtx, { pageId: id, source, expectedVersion: 0 });
    const { reviewId } = await requestReview(w.claraCtx, {
      pageId: id,
      reviewerId: w.lena.id,
      message: 'Export test',
      expectedVersion: saved.version,
    });
    await approveReview(w.lenaCtx, { reviewId });
    await publishReview(w.lenaCtx, { reviewId });

    const root = contentCopy('roundtrip');
    const report = await exportContent({ outDir: path.join(root, 'content') });
    expect(report).toEqual({ written: 1, unchanged: FILES - 1, removed: 0 });
    expect(fs.readFileSync(path.join(root, 'content/pages/data-protection/legal-framework.mdx'), 'utf8')).toBe(source);
    expect(await importContent({ root })).toMatchObject({ revisionsAdded: 0, unchanged: FILES });
    // A change made in git comes in as a new published revision of that page only.
    fs.writeFileSync(
      path.join(root, 'content/pages/data-protection/legal-framework.mdx'),
      source.replace('Exported marker sentence.', 'Changed in git.'),
    );
    expect(await importContent({ root })).toMatchObject({ revisionsAdded: 1, unchanged: FILES - 1 });
    const page = await db().contentPage.findUniqueOrThrow({ where: { id }, include: { publishedRevision: true } });
    expect(page.publishedRevision).toMatchObject({ number: 3, origin: 'import' });
    expect(page.publishedRevision!.source).toContain('Changed in git.');
  });

  it('refuses to import a folder with a dangerous or binary file, naming file and line, and writes nothing', async () => {
    const root = contentCopy('broken');
    const faq = path.join(root, 'content/pages/faq/index.mdx');
    fs.writeFileSync(
      faq,
      fs.readFileSync(faq, 'utf8').replace('## Accounts & access', '## Accounts & access\n\n<script>alert(1)</script>'),
    );
    fs.writeFileSync(path.join(root, 'content/pages/faq/blob.mdx'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const before = await db().contentRevision.count();
    const err = await importContent({ root }).then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/^Nothing imported: 2 problem\(s\) in content\/pages:/);
    expect(err?.message).toContain('content/pages/faq/blob.mdx: The text is not valid UTF-8');
    expect(err?.message).toMatch(/content\/pages\/faq\/index\.mdx:\d+:1 Raw HTML <script> is not allowed/);
    expect(await db().contentRevision.count()).toBe(before);
  });
});
