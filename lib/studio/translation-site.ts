import { assembleSite, type PageSource } from '@/lib/content/assemble-site';
import { compileCached } from '@/lib/content/compile-cache';
import type { CompiledPage } from '@/lib/content/compile-page';
import { ContentError } from '@/lib/content/content-error';
import { getSite, sourcesOf } from '@/lib/content/site';
import { db } from '@/lib/db';
import { getConsoleTranslator } from '@/lib/i18n/console';
import type { SiteWithPage } from './draft-site';
import type { SourceIssue } from './dto';
import { pageRoute, sectionByKey } from './pages';
import { linkTargetProblem, linkTargets } from './translation-file';
import { pageFileFor } from './routes';

// A translation passes the checks its page passes: the same compiler (no code, no raw HTML, only the
// fixed components), and the site-wide checks with the translation standing in for its source page —
// links and anchors resolve, data references exist. On top, it must link to the same pages as the
// source revision it was made from: a translator changes words, not where the page sends its readers.
// Its section is its page's: a frontmatter naming another is refused, not silently moved.

interface TranslationRow {
  translationOfId: string | null;
  locale: string | null;
  section: string;
  slug: string;
  order: number;
  hidden: boolean;
}

/** The translation's file under content/pages/<locale>/… (messages and export). */
export function translationFile(page: Pick<TranslationRow, 'locale' | 'section' | 'slug'>): string {
  const section = sectionByKey(page.section);
  return `content/pages/${page.locale}/${section ? pageFileFor(section, page.slug) : `${page.section}/${page.slug}.mdx`}`;
}

export async function translationWithSite(
  page: TranslationRow,
  source: string,
  baseRevisionNumber?: number | null,
): Promise<SiteWithPage> {
  const file = translationFile(page);
  let compiled: CompiledPage;
  try {
    compiled = await compileCached(source, file);
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    return { ok: false, issues: err.issues.map((i) => ({ line: i.line, message: i.message })) };
  }
  const issues: SourceIssue[] = [];
  if (compiled.frontmatter.section !== page.section) {
    const t = await getConsoleTranslator('studio.issues');
    issues.push({
      line: 1,
      message: t('translationSection', { section: compiled.frontmatter.section, pageSection: page.section }),
    });
  }

  const sourcePage = await db().contentPage.findUnique({
    where: { id: page.translationOfId! },
    select: { publishedRevision: { select: { number: true } } },
  });
  const baseNumber = baseRevisionNumber ?? sourcePage?.publishedRevision?.number ?? null;
  const base = baseNumber
    ? await db().contentRevision.findUnique({
        where: { pageId_number: { pageId: page.translationOfId!, number: baseNumber } },
        select: { source: true, number: true },
      })
    : null;
  if (base) {
    const section = sectionByKey(page.section);
    const sourceFile = `content/pages/${section ? pageFileFor(section, page.slug) : page.slug}`;
    const baseCompiled = await compileCached(base.source, sourceFile).catch(() => null);
    const problem = baseCompiled && linkTargetProblem(linkTargets(compiled), linkTargets(baseCompiled), base.number);
    if (problem) issues.push({ line: 1, message: problem });
  }

  // Assembled in place of the source page. Other pages' links into the source page's headings stay valid
  // (translated headings get translated anchors), so those anchors are kept on the stand-in.
  const current = await getSite();
  const route = pageRoute({ section: page.section, slug: page.slug });
  const original = current.byRoute.get(route);
  const keptAnchors = original
    ? original.compiled.headings.filter((h) => !compiled.headings.some((x) => x.id === h.id))
    : [];
  const standIn: CompiledPage = { ...compiled, headings: [...compiled.headings, ...keptAnchors] };
  const mine: PageSource = {
    file,
    route,
    compiled: standIn,
    lastUpdated: new Date().toISOString(),
    sectionKey: page.section,
    order: page.order,
    hidden: page.hidden,
  };
  try {
    const site = assembleSite([...sourcesOf(current).filter((s) => s.route !== route), mine], current.data);
    if (issues.length) return { ok: false, issues };
    const assembled = site.byRoute.get(route)!;
    return { ok: true, site, page: { ...assembled, compiled } };
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    for (const i of err.issues) if (i.file === file) issues.push({ line: i.line, message: i.message });
    return { ok: false, issues: issues.length ? issues : [{ line: 1, message: err.message }] };
  }
}
