import fs from 'node:fs';
import path from 'node:path';
import { recordAudit } from '@/lib/audit/record';
import { checkPage } from '@/lib/content/compile-page';
import { ContentError, formatIssue } from '@/lib/content/content-error';
import { lastUpdatedDates } from '@/lib/content/last-updated';
import { translationFolder } from '@/lib/content/translation-folders';
import { db, type PrismaClient } from '@/lib/db';
import { decodeSource } from '@/lib/validation/studio';
import { importTranslationFiles, readTranslationFile, type TranslationFile } from './import-translations';
import { locateFile, readSections } from './page-layout';
import { createRevision } from './revisions';
import { sha256 } from './source-hash';
import { vendorOrganizationId } from './vendor';

// `npm run content:import`: content/pages/*.mdx into the database. A page is created when missing; a
// file whose text differs from the page's published revision becomes a new published revision (origin
// "import", dated by the file's last commit so "Last updated" stays true). Unchanged files add nothing,
// so running it twice is harmless. No server-only imports: it runs from a tsx script.

export interface ImportReport {
  files: number;
  pagesCreated: number;
  revisionsAdded: number;
  unchanged: number;
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.mdx') ? [path.join(dir, e.name)] : [],
    )
    .sort();
}

export async function importContent(opts: { root?: string; client?: PrismaClient } = {}): Promise<ImportReport> {
  const root = opts.root ?? process.cwd();
  const client = opts.client ?? db();
  const contentDir = path.join(root, 'content');
  const pagesDir = path.join(contentDir, 'pages');
  const sections = readSections(contentDir);
  const files = walk(pagesDir);

  // Everything is checked before anything is written: a broken file imports nothing.
  const problems: string[] = [];
  // Translations (content/pages/<locale>/…) are imported after the pages they translate.
  const translations: TranslationFile[] = [];
  const pages = files.flatMap((abs) => {
    const rel = path.relative(pagesDir, abs).split(path.sep).join('/');
    if (translationFolder(rel, sections)) {
      const t = readTranslationFile(abs, rel, sections, problems);
      if (t) translations.push(t);
      return [];
    }
    const file = `content/pages/${rel}`;
    const decoded = decodeSource(fs.readFileSync(abs));
    if (!decoded.ok) return (problems.push(`${file}: ${decoded.message}`), []);
    const place = locateFile(rel, sections);
    if (!place) return (problems.push(`${file}: not in a section folder of content/data/sections.json.`), []);
    try {
      const { frontmatter } = checkPage(decoded.source, file);
      return [{ abs, file, source: decoded.source, frontmatter, ...place }];
    } catch (err) {
      if (err instanceof ContentError) return (problems.push(...err.issues.map(formatIssue)), []);
      throw err;
    }
  });
  if (problems.length)
    throw new Error(
      `Nothing imported: ${problems.length} problem(s) in content/pages:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );

  const dates = await lastUpdatedDates(root, 'content/pages', files);
  // Files of a language CONTENT_LOCALES does not list are left alone.
  const counted = files.filter((abs) => !translationFolder(path.relative(pagesDir, abs), sections));
  const report: ImportReport = {
    files: counted.length + translations.length,
    pagesCreated: 0,
    revisionsAdded: 0,
    unchanged: 0,
  };
  await client.$transaction(
    async (tx) => {
      for (const p of pages) {
        let page = await tx.contentPage.findFirst({
          where: { section: p.section.key, slug: p.slug, deletedAt: null, translationOfId: null },
          include: { publishedRevision: { select: { sourceHash: true } } },
        });
        if (!page) {
          page = {
            ...(await tx.contentPage.create({
              data: { section: p.section.key, slug: p.slug, order: p.slug === 'index' ? 0 : p.frontmatter.order },
            })),
            publishedRevision: null,
          };
          report.pagesCreated += 1;
        }
        if (page.publishedRevision?.sourceHash === sha256(p.source)) {
          report.unchanged += 1;
          continue;
        }
        const publishedAt = new Date(dates.get(p.abs) ?? Date.now());
        const revision = await createRevision(tx, {
          pageId: page.id,
          source: p.source,
          frontmatter: p.frontmatter,
          message: `Imported from ${p.file}`,
          authorId: null,
          authorLabel: 'Import from content/',
          contributorIds: [],
          origin: 'import',
          publishedAt,
        });
        await tx.contentPage.update({
          where: { id: page.id },
          data: { publishedRevisionId: revision.id, publishedAt, order: p.slug === 'index' ? 0 : p.frontmatter.order },
        });
        report.revisionsAdded += 1;
      }
      await importTranslationFiles(tx, translations, dates, report);
      await recordAudit(tx, {
        organizationId: await vendorOrganizationId(tx),
        action: 'content.imported',
        actor: { type: 'SYSTEM', id: null, label: 'content import' },
        changes: { ...report },
        meta: { ip: null, userAgent: null, requestId: null },
      });
    },
    { timeout: 60_000 },
  );
  return report;
}
