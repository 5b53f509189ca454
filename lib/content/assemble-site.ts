// Puts compiled pages together into the site: navigation, previous/next order, and the checks that need
// more than one file (sections, unique orders and FAQ ids, links that resolve, references to
// content/data). Pure: lib/content/site.ts reads the files, this decides.
import type { TCertification, TDocument, TSection } from './structured-data';
import type { CompiledPage } from './compile-page';
import { ContentError, type ContentIssue } from './content-error';
import { APP_LINK_TARGETS } from './mdx-components-spec';
import { buildSearchIndex, type SearchDoc, type SearchIndex } from './search';
import type { DataRef } from './extract';

export interface SiteData {
  sections: TSection[];
  certifications: TCertification[];
  documents: TDocument[];
}

export interface PageSource {
  /** Repository-relative path, for messages: content/pages/faq/index.mdx. */
  file: string;
  route: string;
  compiled: CompiledPage;
  /** ISO timestamp. */
  lastUpdated: string;
  /** Pages from the studio's database: the page row's section and order win over the frontmatter's. */
  sectionKey?: string;
  order?: number;
  /** Reachable by its URL, but left out of navigation, search, the sitemap and llms.txt. */
  hidden?: boolean;
}

/** How a page of a language's site relates to the default language's page (lib/content/localize-site.ts). */
export type TranslationState = 'current' | 'outdated' | 'fallback';

export interface SitePage {
  route: string;
  file: string;
  title: string;
  description: string;
  section: TSection;
  order: number;
  lastReviewed: string;
  lastUpdated: string;
  owner: string;
  hidden: boolean;
  compiled: CompiledPage;
  /** The site's language; set on every page of a non-default language's site. */
  locale?: string;
  /** Set on a non-default language's pages: translated and current, outdated, or the default text. */
  translation?: TranslationState;
}

export interface NavSection {
  key: string;
  title: string;
  path: string;
  pages: { route: string; title: string }[];
}

export interface Site {
  pages: SitePage[];
  byRoute: Map<string, SitePage>;
  nav: NavSection[];
  data: SiteData;
  search: SearchIndex;
  /** How many FAQ answers the site has (the search page and llms.txt say so). */
  faqCount: number;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** content/pages/a/b.mdx → /a/b; index.mdx is its folder's page. */
export function routeOf(relativeToPages: string): string {
  const route = `/${relativeToPages.replace(/\\/g, '/').replace(/(^|\/)index\.mdx$/, '').replace(/\.mdx$/, '')}`.replace(/\/$/, '');
  return route || '/';
}

function refText(ref: DataRef, data: SiteData): string {
  if (ref.component === 'DocumentLink') {
    const doc = data.documents.find((d) => d.id === ref.id);
    return doc ? `${doc.title}. ${doc.description}` : '';
  }
  const c = data.certifications.find((x) => x.id === ref.id);
  return c ? `${c.name} (${c.standard}), issued by ${c.issuer}. ${c.certificateNumber ?? ''} ${c.scope}` : '';
}

export function searchDocsOf(pages: SitePage[], data: SiteData, urlOf: (route: string) => string = (r) => r): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const page of pages) {
    const route = urlOf(page.route);
    for (const section of page.compiled.sections) {
      const extra = section.refs.map((r) => refText(r, data)).filter(Boolean);
      docs.push({
        id: section.id ? `${route}#${section.id}` : route,
        kind: 'page',
        url: section.id ? `${route}#${section.id}` : route,
        pageTitle: page.title,
        sectionTitle: page.section.title,
        heading: section.heading,
        text: [section.text, ...extra].join('\n'),
      });
    }
    for (const faq of page.compiled.faqs) {
      docs.push({
        id: `${route}#${faq.id}`,
        kind: 'faq',
        url: `${route}#${faq.id}`,
        pageTitle: page.title,
        sectionTitle: faq.theme ?? page.section.title,
        heading: faq.question,
        text: faq.text,
      });
    }
  }
  return docs;
}

/** A language's site (lib/content/localize-site.ts): its search URLs, and the anchors its links may use. */
export interface AssembleOptions {
  locale?: string;
  /** A page's address in this language (/de/faq); the default language's routes otherwise. */
  urlOf?: (route: string) => string;
  /** Anchors a link may also point to: a translation's links keep the source's anchors (see README "Languages"). */
  sourceAnchors?: (route: string) => Set<string> | undefined;
}

export function assembleSite(sources: PageSource[], data: SiteData, opts: AssembleOptions = {}): Site {
  const issues: ContentIssue[] = [];
  const sectionByKey = new Map(data.sections.map((s) => [s.key, s]));
  const pages: SitePage[] = [];

  for (const src of sources) {
    const fm = src.compiled.frontmatter;
    const sectionKey = src.sectionKey ?? fm.section;
    const section = sectionByKey.get(sectionKey);
    const where = (line: number, message: string) => issues.push({ file: src.file, line, message });
    if (!section) {
      where(1, `The frontmatter field "section" is "${sectionKey}", which is not a section in content/data/sections.json (${[...sectionByKey.keys()].join(', ')}).`);
      continue;
    }
    const segments = src.route.split('/').filter(Boolean);
    const bad = segments.find((s) => !SLUG.test(s));
    if (bad) where(1, `The file name "${bad}" must be lower-case kebab-case, e.g. "ip-access-control".`);
    const folder = segments[0] ?? 'overview';
    if (folder !== section.key && !(src.route === '/' && section.path === '/')) {
      where(1, `The page is in the folder "${folder}" but its frontmatter says section "${sectionKey}": they must match.`);
    }
    const isIndex = src.route === section.path;
    const order = src.order ?? fm.order;
    if (isIndex && order !== 0) where(1, `A section's index page has order 0, not ${order}.`);
    pages.push({
      route: src.route,
      file: src.file,
      title: fm.title,
      description: fm.description,
      section,
      order: isIndex ? -1 : order,
      lastReviewed: fm.lastReviewed,
      lastUpdated: src.lastUpdated,
      owner: fm.owner,
      hidden: src.hidden ?? false,
      compiled: src.compiled,
    });
  }

  const byRoute = new Map(pages.map((p) => [p.route, p]));
  const anchorsOf = (page: SitePage) => new Set([...page.compiled.headings.map((h) => h.id), ...page.compiled.faqs.map((f) => f.id)]);
  const faqIds = new Map<string, string>();
  const orders = new Map<string, string>();
  const docIds = new Set(data.documents.map((d) => d.id));
  const certIds = new Set(data.certifications.map((c) => c.id));

  for (const page of pages) {
    const where = (line: number, message: string) => issues.push({ file: page.file, line, message });
    const orderKey = `${page.section.key}:${page.order}`;
    const clash = orders.get(orderKey);
    if (clash) where(1, `order ${page.order} is already used by ${clash} in the section "${page.section.key}".`);
    else orders.set(orderKey, page.file);

    for (const faq of page.compiled.faqs) {
      const other = faqIds.get(faq.id);
      if (other) where(faq.line, `The FAQ id "${faq.id}" is already used in ${other}: FAQ ids must be unique across the site.`);
      else faqIds.set(faq.id, `${page.file}:${faq.line}`);
    }
    for (const ref of page.compiled.refs) {
      if (ref.component === 'DocumentLink' && !docIds.has(ref.id)) {
        where(ref.line, `<DocumentLink id="${ref.id}">: no document with that id in content/data/documents.json.`);
      }
      if (ref.component === 'CertificationCard' && !certIds.has(ref.id)) {
        where(ref.line, `<CertificationCard id="${ref.id}">: no certification with that id. Valid ids: ${[...certIds].join(', ')}.`);
      }
    }
    for (const link of page.compiled.links) {
      if (link.url.startsWith('#')) {
        if (!anchorsOf(page).has(link.url.slice(1))) where(link.line, `The link "${link.url}" points to no heading or FAQ entry on this page.`);
        continue;
      }
      if (!link.url.startsWith('/')) continue;
      const [pathPart = '', anchor] = link.url.split('#');
      const target = pathPart.split('?')[0]!.replace(/\/$/, '') || '/';
      const targetPage = byRoute.get(target);
      if (!targetPage && !(APP_LINK_TARGETS as readonly string[]).includes(target)) {
        where(link.line, `The link "${link.url}" points to no page: check the path against content/pages/.`);
      } else if (targetPage && anchor && !anchorsOf(targetPage).has(anchor) && !opts.sourceAnchors?.(target)?.has(anchor)) {
        where(link.line, `The link "${link.url}" points to no heading or FAQ entry "#${anchor}" on ${target}.`);
      }
    }
  }
  for (const cert of data.certifications) {
    if (cert.documentId && !docIds.has(cert.documentId)) {
      issues.push({ file: 'content/data/certifications.json', line: 1, message: `"${cert.id}": documentId "${cert.documentId}" is not in documents.json.` });
    }
    if (!byRoute.has(cert.page)) {
      issues.push({ file: 'content/data/certifications.json', line: 1, message: `"${cert.id}": page "${cert.page}" does not exist under content/pages/.` });
    }
  }
  for (const section of data.sections) {
    if (!byRoute.has(section.path)) {
      issues.push({ file: 'content/data/sections.json', line: 1, message: `The section "${section.key}" has no page at ${section.path}.` });
    }
  }
  if (issues.length) throw new ContentError(issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line));

  pages.sort((a, b) => {
    const sa = data.sections.indexOf(a.section);
    const sb = data.sections.indexOf(b.section);
    return sa - sb || a.order - b.order || a.route.localeCompare(b.route);
  });
  const nav: NavSection[] = data.sections.map((s) => ({
    key: s.key,
    title: s.title,
    path: s.path,
    pages: pages.filter((p) => p.section.key === s.key && !p.hidden).map((p) => ({ route: p.route, title: p.title })),
  }));
  return {
    pages,
    byRoute: new Map(pages.map((p) => [p.route, p])),
    nav,
    data,
    search: buildSearchIndex(searchDocsOf(pages.filter((p) => !p.hidden), data, opts.urlOf), { locale: opts.locale }),
    faqCount: faqIds.size,
  };
}

/** The page before and after `route` in reading order (the sidebar's order). */
export function neighbours(site: Site, route: string): { previous: SitePage | null; next: SitePage | null } {
  // Hidden pages are not in the reading order; a hidden page itself still gets its neighbours.
  const order = site.pages.filter((p) => !p.hidden || p.route === route);
  const i = order.findIndex((p) => p.route === route);
  if (i < 0) return { previous: null, next: null };
  return { previous: order[i - 1] ?? null, next: order[i + 1] ?? null };
}
