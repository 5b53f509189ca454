// A language's site: the default language's site with each translated page laid over its page. Pure, like
// assemble-site.ts. The default language decides the shape — routes, sections, order, hidden pages — and
// a translation only brings text, so it can neither add a page, move one, nor send a link elsewhere:
// translationIssues() refuses it (README "Languages"). A page without a translation keeps the default
// text and says so (`fallback`); a translation made from an older revision of its source is `outdated`.
import { assembleSite, type PageSource, type Site, type SiteData, type TranslationState } from './assemble-site';
import type { CompiledPage } from './compile-page';
import type { ContentIssue } from './content-error';

export interface TranslationSource {
  /** Repository-relative path, for messages: content/pages/de/faq/index.mdx. */
  file: string;
  /** The default language's route it translates (/faq). */
  route: string;
  compiled: CompiledPage;
  lastUpdated: string;
  /**
   * The source revision it was made from and the source's current one (the studio's contract, lib/content/site.ts
   * StoredPageSource). Files: frontmatter `translatedFrom` against the source file's `revision` (default 1).
   */
  translatedFrom?: { revision: number; currentRevision: number; publishedAt?: string };
}

export function translationState(t: TranslationSource | undefined): TranslationState {
  if (!t) return 'fallback';
  if (t.translatedFrom && t.translatedFrom.revision !== t.translatedFrom.currentRevision) return 'outdated';
  return 'current';
}

/** Internal link targets without their anchors: what a translation must keep exactly. */
function linkTargets(compiled: CompiledPage): Set<string> {
  return new Set(
    compiled.links
      .map((l) => l.url)
      .filter((u) => u.startsWith('/'))
      .map((u) => u.split('#')[0]!.split('?')[0]!.replace(/\/$/, '') || '/'),
  );
}

/** Why a translation cannot be published: a page the default language lacks, another section, other links. */
export function translationIssues(base: Site, t: TranslationSource, locale: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const source = base.byRoute.get(t.route);
  if (!source) {
    return [
      {
        file: t.file,
        line: 1,
        message: `A translation must have the path of a page in the default language: ${t.route} is none. Translations cannot add or move pages; publish the page in the default language first.`,
      },
    ];
  }
  const fm = t.compiled.frontmatter;
  if (fm.section !== source.section.key) {
    issues.push({
      file: t.file,
      line: 1,
      message: `The frontmatter field "section" is "${fm.section}", but the page it translates is in "${source.section.key}": a translation stays in its source's section.`,
    });
  }
  const mine = linkTargets(t.compiled);
  const theirs = linkTargets(source.compiled);
  const added = [...mine].filter((x) => !theirs.has(x));
  const dropped = [...theirs].filter((x) => !mine.has(x));
  if (added.length || dropped.length) {
    const line = t.compiled.links.find((l) => added.some((a) => l.url.startsWith(a)))?.line ?? 1;
    issues.push({
      file: t.file,
      line,
      message: `A translation links to the same pages as its source (${source.file}), with the same English paths${locale ? ` (they open in ${locale} by themselves)` : ''}.${added.length ? ` Not in the source: ${added.join(', ')}.` : ''}${dropped.length ? ` Missing: ${dropped.join(', ')}.` : ''}`,
    });
  }
  return issues;
}

/** The site in `locale`: translations over the default language's sources, with each page's state. */
export function assembleLocaleSite(
  base: Site,
  baseSources: PageSource[],
  translations: TranslationSource[],
  data: SiteData,
  locale: string,
  urlOf: (route: string) => string,
): { site: Site; issues: ContentIssue[] } {
  const issues = translations.flatMap((t) => translationIssues(base, t, locale));
  const byRoute = new Map(translations.map((t) => [t.route, t]));
  const sources: PageSource[] = baseSources.map((src) => {
    const page = base.byRoute.get(src.route);
    const t = byRoute.get(src.route);
    // The default language's section and order, whatever the translation's frontmatter says.
    const shape = {
      sectionKey: page?.section.key ?? src.sectionKey,
      order: src.order ?? src.compiled.frontmatter.order,
      hidden: src.hidden,
    };
    return t ? { file: t.file, route: src.route, compiled: t.compiled, lastUpdated: t.lastUpdated, ...shape } : { ...src, ...shape };
  });
  if (issues.length) return { site: base, issues };
  const anchors = (route: string) => {
    const p = base.byRoute.get(route);
    return p ? new Set([...p.compiled.headings.map((h) => h.id), ...p.compiled.faqs.map((f) => f.id)]) : undefined;
  };
  const site = assembleSite(sources, data, { locale, urlOf, sourceAnchors: anchors });
  for (const page of site.pages) {
    page.locale = locale;
    page.translation = translationState(byRoute.get(page.route));
  }
  return { site, issues: [] };
}

/**
 * The default data with a language's overlay: only the text a visitor reads is taken from it (titles,
 * descriptions, names, scopes); ids, paths, dates and statuses stay the default language's. Entries the
 * default data lacks are ignored.
 */
export function overlayData(base: SiteData, overlay: Partial<Record<keyof SiteData, unknown[]>>): SiteData {
  const pick = <T extends object>(items: T[], extra: unknown[] | undefined, key: keyof T, fields: (keyof T)[]): T[] => {
    const byKey = new Map(
      (Array.isArray(extra) ? extra : [])
        .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
        .map((e) => [e[key as string], e]),
    );
    return items.map((item) => {
      const o = byKey.get(item[key]);
      if (!o) return item;
      const out = { ...item };
      for (const f of fields) {
        const v = o[f as string];
        if (typeof v === 'string' && v.trim()) (out as Record<string, unknown>)[f as string] = v;
      }
      return out;
    });
  };
  return {
    sections: pick(base.sections, overlay.sections, 'key', ['title', 'description']),
    certifications: pick(base.certifications, overlay.certifications, 'id', ['name', 'standard', 'issuer', 'scope']),
    documents: pick(base.documents, overlay.documents, 'id', ['title', 'description']),
  };
}
