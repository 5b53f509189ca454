import { assembleSite, type PageSource, type Site, type SitePage } from '@/lib/content/assemble-site';
import { compileCached } from '@/lib/content/compile-cache';
import { ContentError } from '@/lib/content/content-error';
import { getSite, sourcesOf } from '@/lib/content/site';
import { getConsoleTranslator } from '@/lib/i18n/console';
import type { SourceIssue } from './dto';
import { pageRoute, sectionByKey, type PageRow } from './pages';
import { pageFileFor } from './routes';
import { translationWithSite } from './translation-site';

// The public pipeline applied to one page's new text: compiled by the same compiler, then assembled with
// every other published page, so the cross-page checks (links, anchors, FAQ ids, orders) run too and the
// preview is the page prospects will see.

export type SiteWithPage = { ok: true; site: Site; page: SitePage } | { ok: false; issues: SourceIssue[] };

function issuesOf(err: unknown, file: string): SourceIssue[] {
  if (!(err instanceof ContentError)) throw err;
  // Problems of this page by line; a problem elsewhere that this change causes (a link to a removed
  // heading) is named with its file.
  return err.issues.map((i) =>
    i.file === file ? { line: i.line, message: i.message } : { line: 1, message: `${i.file}:${i.line}: ${i.message}` },
  );
}

export async function siteWithPage(
  page: Pick<PageRow, 'id' | 'section' | 'slug' | 'order' | 'hidden' | 'locale' | 'translationOfId'> & {
    draft?: { sourceRevisionNumber: number | null } | null;
  },
  source: string,
  opts: { route?: string; sectionKey?: string; slug?: string; sourceRevisionNumber?: number | null } = {},
): Promise<SiteWithPage> {
  // A translation is checked in place of its source page, against the source revision it is made from.
  if (page.translationOfId)
    return translationWithSite(page, source, opts.sourceRevisionNumber ?? page.draft?.sourceRevisionNumber);
  const sectionKey = opts.sectionKey ?? page.section;
  const slug = opts.slug ?? page.slug;
  const section = sectionByKey(sectionKey);
  if (!section) {
    const t = await getConsoleTranslator('studio.issues');
    return { ok: false, issues: [{ line: 1, message: t('sectionGone', { section: sectionKey }) }] };
  }
  const file = `content/pages/${pageFileFor(section, slug)}`;
  const route = opts.route ?? pageRoute({ section: sectionKey, slug });
  let compiled: PageSource['compiled'];
  try {
    compiled = await compileCached(source, file);
  } catch (err) {
    return { ok: false, issues: issuesOf(err, file) };
  }
  const current = await getSite();
  const oldRoute = pageRoute(page);
  const others = sourcesOf(current).filter((s) => s.route !== oldRoute && s.route !== route);
  const mine: PageSource = {
    file,
    route,
    compiled,
    lastUpdated: new Date().toISOString(),
    sectionKey,
    order: page.order,
    hidden: page.hidden,
  };
  try {
    const site = assembleSite([...others, mine], current.data);
    return { ok: true, site, page: site.byRoute.get(route)! };
  } catch (err) {
    return { ok: false, issues: issuesOf(err, file) };
  }
}

/** Compiler issues as one field error each on the source, "Line 12: …". */
export function issuesAsFieldErrors(issues: SourceIssue[]): Record<string, string[]> {
  return { source: issues.map((i) => `Line ${i.line}: ${i.message}`) };
}
