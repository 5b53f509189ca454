import fs from 'node:fs';
import path from 'node:path';
import { db, type PrismaClient } from '@/lib/db';
import { translationFolder } from '@/lib/content/translation-folders';
import { pageFileFor, readSections } from './page-layout';
import { isTranslationLocale } from './locales';
import { withTranslatedFrom } from './translation-file';

// `npm run content:export [-- --out <dir>]`: the published state back to files (<dir>/pages/…), so teams
// who prefer git can review content as pull requests. The published source is written as it is; only
// the frontmatter's section and order are rewritten, and only where the page row differs (a move or a
// reorder in the studio). An untouched import therefore exports byte-identical files. Translations are
// written to <dir>/pages/<locale>/… with `translatedFrom: <n>` as their frontmatter's last line.

export interface ExportReport {
  written: number;
  unchanged: number;
  removed: number;
}

/** Sets a top-level frontmatter field's value in place, leaving every other byte alone. */
function setFrontmatterField(source: string, key: string, value: string): string {
  const end = source.indexOf('\n---', 3);
  if (!source.startsWith('---') || end < 0) return source;
  const head = source.slice(0, end);
  const re = new RegExp(`^(${key}:[ \\t]*)(.*)$`, 'm');
  return re.test(head) ? head.replace(re, (_m, prefix: string) => `${prefix}${value}`) + source.slice(end) : source;
}

export function withPlacement(
  source: string,
  frontmatter: { section?: unknown; order?: unknown },
  row: { section: string; order: number; slug: string },
): string {
  let out = source;
  if (frontmatter.section !== row.section) out = setFrontmatterField(out, 'section', row.section);
  const order = row.slug === 'index' ? 0 : row.order;
  if (frontmatter.order !== order) out = setFrontmatterField(out, 'order', String(order));
  return out;
}

export async function exportContent(opts: {
  outDir: string;
  root?: string;
  client?: PrismaClient;
}): Promise<ExportReport> {
  const client = opts.client ?? db();
  const sections = new Map(readSections(path.join(opts.root ?? process.cwd(), 'content')).map((s) => [s.key, s]));
  const pagesDir = path.join(opts.outDir, 'pages');
  const rows = await client.contentPage.findMany({
    where: { deletedAt: null, publishedRevisionId: { not: null } },
    select: {
      section: true,
      slug: true,
      order: true,
      locale: true,
      translationOfId: true,
      publishedRevision: { select: { source: true, frontmatter: true, sourceRevisionNumber: true } },
    },
  });
  const report: ExportReport = { written: 0, unchanged: 0, removed: 0 };
  const keep = new Set<string>();
  for (const row of rows) {
    const section = sections.get(row.section);
    if (!section || !row.publishedRevision) continue;
    // Translations go to pages/<locale>/…, with the source revision they were made from.
    const translation = row.translationOfId && row.locale ? row.locale : null;
    const file = path.join(pagesDir, ...(translation ? [translation] : []), pageFileFor(section, row.slug));
    const placedText = withPlacement(
      row.publishedRevision.source,
      row.publishedRevision.frontmatter as { section?: unknown; order?: unknown },
      row,
    );
    const basedOn = row.publishedRevision.sourceRevisionNumber;
    const text = translation && basedOn ? withTranslatedFrom(placedText, basedOn) : placedText;
    keep.add(file);
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) {
      report.unchanged += 1;
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    report.written += 1;
  }
  // Pages deleted, moved or renamed in the studio: their old files go, so the folder is the published state.
  const walk = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { withFileTypes: true })
          .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
      : [];
  const sectionList = [...sections.values()];
  for (const file of walk(pagesDir)) {
    // A language CONTENT_LOCALES does not list was not imported either: its files stay.
    const folder = translationFolder(path.relative(pagesDir, file), sectionList);
    if (folder && !isTranslationLocale(folder.locale)) continue;
    if (file.endsWith('.mdx') && !keep.has(file)) {
      fs.rmSync(file);
      report.removed += 1;
    }
  }
  return report;
}
