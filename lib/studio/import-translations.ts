import fs from 'node:fs';
import { checkPage } from '@/lib/content/compile-page';
import { ContentError, formatIssue } from '@/lib/content/content-error';
import type { TSection } from '@/lib/content/structured-data';
import { translationFolder } from '@/lib/content/translation-folders';
import type { DbTransaction } from '@/lib/db';
import type { TPageFrontmatter } from '@/lib/validation/content';
import { decodeSource } from '@/lib/validation/studio';
import { isTranslationLocale } from './locales';
import { locateFile } from './page-layout';
import { createRevision } from './revisions';
import { sha256 } from './source-hash';
import { linkTargetProblem, linkTargets, readTranslatedFrom } from './translation-file';

// content:import's part for translations (content/pages/<locale>/…): each file is checked like a page
// (the same MDX rules), must sit where a default-language page sits, keep that page's section and link
// to the same pages as the source revision it was made from (`translatedFrom`, else the one published).
// A file that changed becomes a published revision of the translation; unchanged files add nothing.

export interface TranslationFile {
  abs: string;
  file: string;
  locale: string;
  section: TSection;
  slug: string;
  source: string;
  translatedFrom: number | null;
  frontmatter: TPageFrontmatter;
  targets: Set<string>;
}

/** Reads and checks one translation file; problems are pushed, null returned. Null too for an unconfigured language. */
export function readTranslationFile(
  abs: string,
  rel: string,
  sections: TSection[],
  problems: string[],
): TranslationFile | null {
  const folder = translationFolder(rel, sections);
  if (!folder || !isTranslationLocale(folder.locale)) return null;
  const file = `content/pages/${rel}`;
  const decoded = decodeSource(fs.readFileSync(abs));
  if (!decoded.ok) return (problems.push(`${file}: ${decoded.message}`), null);
  const place = locateFile(folder.rest, sections);
  if (!place) return (problems.push(`${file}: not in a section folder of content/data/sections.json.`), null);
  const { source, translatedFrom } = readTranslatedFrom(decoded.source);
  if (Number.isNaN(translatedFrom))
    return (problems.push(`${file}: translatedFrom must be a revision number of the source page, e.g. 3.`), null);
  try {
    const { frontmatter, outline } = checkPage(source, file);
    if (frontmatter.section !== place.section.key)
      return (
        problems.push(
          `${file}: the frontmatter says section "${frontmatter.section}", but a translation keeps its page's section "${place.section.key}".`,
        ),
        null
      );
    return {
      abs,
      file,
      locale: folder.locale,
      ...place,
      source,
      translatedFrom,
      frontmatter,
      targets: linkTargets(outline),
    };
  } catch (err) {
    if (err instanceof ContentError) return (problems.push(...err.issues.map(formatIssue)), null);
    throw err;
  }
}

/** Imports checked translation files after the default-language pages (same transaction); throws on a problem. */
export async function importTranslationFiles(
  tx: DbTransaction,
  files: TranslationFile[],
  dates: Map<string, string | number>,
  report: { pagesCreated: number; revisionsAdded: number; unchanged: number },
): Promise<void> {
  const problems: string[] = [];
  for (const t of files) {
    const source = await tx.contentPage.findFirst({
      where: { section: t.section.key, slug: t.slug, deletedAt: null, translationOfId: null },
      include: { publishedRevision: { select: { number: true } } },
    });
    if (!source?.publishedRevision) {
      problems.push(
        `${t.file}: there is no published page content/pages/${t.file.split('/').slice(3).join('/')} to translate.`,
      );
      continue;
    }
    const baseNumber = t.translatedFrom ?? source.publishedRevision.number;
    const base = await tx.contentRevision.findUnique({
      where: { pageId_number: { pageId: source.id, number: baseNumber } },
      select: { source: true },
    });
    if (!base) {
      problems.push(`${t.file}: translatedFrom ${baseNumber}: the source page has no revision ${baseNumber}.`);
      continue;
    }
    const problem = linkTargetProblem(t.targets, linkTargets(checkPage(base.source, t.file).outline), baseNumber);
    if (problem) {
      problems.push(`${t.file}: ${problem}`);
      continue;
    }
    let page = await tx.contentPage.findFirst({
      where: { translationOfId: source.id, locale: t.locale, deletedAt: null },
      include: { publishedRevision: { select: { sourceHash: true, sourceRevisionNumber: true } } },
    });
    if (!page) {
      const created = await tx.contentPage.create({
        data: {
          section: source.section,
          slug: source.slug,
          order: source.order,
          hidden: source.hidden,
          locale: t.locale,
          translationOfId: source.id,
        },
      });
      page = { ...created, publishedRevision: null };
      report.pagesCreated += 1;
    }
    const published = page.publishedRevision;
    if (
      published?.sourceHash === sha256(t.source) &&
      (t.translatedFrom == null || t.translatedFrom === published.sourceRevisionNumber)
    ) {
      report.unchanged += 1;
      continue;
    }
    const publishedAt = new Date(dates.get(t.abs) ?? Date.now());
    const revision = await createRevision(tx, {
      pageId: page.id,
      source: t.source,
      frontmatter: t.frontmatter,
      message: `Imported from ${t.file}`,
      authorId: null,
      authorLabel: 'Import from content/',
      contributorIds: [],
      origin: 'import',
      publishedAt,
      sourceRevisionNumber: baseNumber,
    });
    await tx.contentPage.update({ where: { id: page.id }, data: { publishedRevisionId: revision.id, publishedAt } });
    report.revisionsAdded += 1;
  }
  if (problems.length)
    throw new Error(
      `Nothing imported: ${problems.length} problem(s) in content/pages:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
}
