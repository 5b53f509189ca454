import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { getConfig } from '@/lib/config';
import { logger } from '@/lib/log';
import { assembleSite, routeOf, type PageSource, type Site, type SiteData, type SitePage } from './assemble-site';
import { assembleLocaleSite, overlayData, type TranslationSource } from './localize-site';
import { localePath } from '@/lib/i18n/paths';
import { compileCached, retainOnly } from './compile-cache';
import { ContentError, type ContentIssue } from './content-error';
import { lastUpdatedDates } from './last-updated';
import { isTranslationFolder } from './translation-folders';
import {
  clearStructuredDataCache,
  loadCertifications,
  loadDocuments,
  loadSections,
} from './structured-data';

// The published trust center as one immutable snapshot in process memory: compiled pages, navigation and
// the search index. Pages read it and nothing else, so a visitor's request never waits on the database,
// the file system or the compiler once the snapshot exists. It is built on first use (and by `next build`
// through generateStaticParams, which fills the compile cache), and replaced by rebuildContent() when
// content is published. Page sources are the studio's published revisions in the database once imported
// (registerStoredPages), the files under content/pages otherwise — always the files during `next build`,
// which never opens the database. In development it follows edits to the files.

export type { Site, SitePage, TranslationState } from './assemble-site';

/** A published page as the studio's database holds it (lib/studio/site-source.ts). */
export interface StoredPageSource {
  /** Where the page's file would be: content/pages/<section>/<slug>.mdx (messages, export). */
  file: string;
  route: string;
  source: string;
  lastUpdated: string;
  sectionKey: string;
  order: number;
  hidden: boolean;
  /** The page's language: the default language's code for originals (README "Languages"). */
  locale: string;
  /**
   * Translations only: the default-language revision it was made from (`revision`) and the one published
   * now (`currentRevision`); they differ when the translation is outdated.
   */
  translatedFrom?: { revision: number; currentRevision: number; publishedAt: string };
}

/**
 * Where published pages come from once they live in the database. Registered by lib/studio (the server's
 * instrumentation and every studio use-case import it); unregistered — unit tests, `next build` — the
 * files are the content. Returns null while the database has no pages yet.
 */
export type StoredPagesProvider = () => Promise<{ fingerprint: string; pages: StoredPageSource[] } | null>;

const KEY = Symbol.for('trust-center.site');
/** Every configured language's site; the default language's is the one the studio's preview swaps into. */
interface Sites {
  defaultLocale: string;
  byLocale: Map<string, Site>;
}

interface Slot {
  current?: Promise<Sites>;
  fingerprint?: string;
  provider?: StoredPagesProvider;
  /** What the provider said when the current snapshot was loaded; the poll compares against it. */
  storedFingerprint?: string | null;
  sources?: WeakMap<Site, PageSource[]>;
  rebuilds?: number;
  swapped?: number;
}
const slot = ((globalThis as { [KEY]?: Slot })[KEY] ??= {});
const sourcesBySite = (slot.sources ??= new WeakMap());

export function registerStoredPages(provider: StoredPagesProvider): void {
  slot.provider = provider;
}

/** The provider's fingerprint behind the current snapshot (undefined before the first database load). */
export function loadedStoredFingerprint(): string | null | undefined {
  return slot.storedFingerprint;
}

/** The page sources a snapshot was assembled from: the studio's preview swaps one of them. */
export function sourcesOf(site: Site): PageSource[] {
  return sourcesBySite.get(site) ?? [];
}

// `next build` never opens the database (ARCHITECTURE rule 6): it validates and pre-compiles the files.
const isBuild = () => process.env.NEXT_PHASE === 'phase-production-build';

const contentRoot = () => path.join(process.cwd(), 'content');
const pagesDir = () => path.join(contentRoot(), 'pages');

function walk(dir: string, skip: (name: string) => boolean = () => false): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? (skip(e.name) ? [] : walk(path.join(dir, e.name))) : e.name.endsWith('.mdx') ? [path.join(dir, e.name)] : [],
    )
    .sort();
}

/**
 * Translations live in content/pages/<locale>/ (same paths below it as the default language). A top-level
 * folder that is a language tag and no section is a language folder, configured or not: never a section.
 */
const isLanguageFolder = (name: string) => isTranslationFolder(name, loadSections());

/** The default language's page files (content/pages without its language folders). */
const defaultPageFiles = () => walk(pagesDir(), isLanguageFolder);

/** Cheap change detector for development: names, sizes and mtimes of every content file. */
function fingerprint(): string {
  const dataDir = path.join(contentRoot(), 'data');
  const data = fs.readdirSync(dataDir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? fs.readdirSync(path.join(dataDir, e.name)).map((f) => path.join(dataDir, e.name, f)) : [path.join(dataDir, e.name)],
  );
  const files = [...walk(pagesDir()), ...data];
  return files.map((f) => {
    const s = fs.statSync(f);
    return `${f}:${s.size}:${s.mtimeMs}`;
  }).join('|');
}

async function compileAll(items: { file: string; source: string }[]): Promise<PageSource['compiled'][]> {
  const compiled = await Promise.allSettled(items.map((item) => compileCached(item.source, item.file)));
  // Report every broken page at once, not only the first.
  const issues: ContentIssue[] = compiled.flatMap((r, i) =>
    r.status === 'fulfilled'
      ? []
      : r.reason instanceof ContentError
        ? r.reason.issues
        : [{ file: items[i]!.file, line: 1, message: String((r.reason as Error)?.message ?? r.reason) }],
  );
  if (issues.length) throw new ContentError(issues);
  return compiled.map((r) => (r as PromiseFulfilledResult<PageSource['compiled']>).value);
}

interface Loaded {
  sources: PageSource[];
  /** Per non-default language: its translations. */
  translations: Map<string, TranslationSource[]>;
}

async function loadStored(): Promise<({ fingerprint: string } & Loaded) | null> {
  if (!slot.provider || isBuild()) return null;
  const stored = await slot.provider();
  if (!stored) return null;
  const compiled = await compileAll(stored.pages);
  const defaultLocale = getConfig().locales.default;
  const sources: PageSource[] = [];
  const translations = new Map<string, TranslationSource[]>();
  stored.pages.forEach((p, i) => {
    if ((p.locale ?? defaultLocale) === defaultLocale) {
      sources.push({
        file: p.file,
        route: p.route,
        compiled: compiled[i]!,
        lastUpdated: p.lastUpdated,
        sectionKey: p.sectionKey,
        order: p.order,
        hidden: p.hidden,
      });
    } else {
      const list = translations.get(p.locale) ?? [];
      list.push({ file: p.file, route: p.route, compiled: compiled[i]!, lastUpdated: p.lastUpdated, translatedFrom: p.translatedFrom });
      translations.set(p.locale, list);
    }
  });
  return { fingerprint: stored.fingerprint, sources, translations };
}

async function loadFiles(): Promise<Loaded> {
  const { list, default: defaultLocale } = getConfig().locales;
  const rel = (abs: string) => path.relative(process.cwd(), abs).split(path.sep).join('/');
  const groups = list.map((locale) => ({
    locale,
    root: locale === defaultLocale ? pagesDir() : path.join(pagesDir(), locale),
    files: locale === defaultLocale ? defaultPageFiles() : walk(path.join(pagesDir(), locale)),
  }));
  const all = groups.flatMap((g) => g.files);
  const [dates, compiled] = await Promise.all([
    lastUpdatedDates(process.cwd(), 'content/pages', all),
    compileAll(all.map((abs) => ({ file: rel(abs), source: fs.readFileSync(abs, 'utf8') }))),
  ]);
  const compiledOf = new Map(all.map((abs, i) => [abs, compiled[i]!]));
  const [own, ...others] = groups;
  const sources = own!.files.map((abs): PageSource => ({
    file: rel(abs),
    route: routeOf(path.relative(own!.root, abs)),
    compiled: compiledOf.get(abs)!,
    lastUpdated: dates.get(abs) ?? new Date().toISOString(),
  }));
  // Files have no revision history: a source may say `revision: n` and its translation `translatedFrom: m`.
  const revisionOf = new Map(sources.map((s) => [s.route, s.compiled.frontmatter.revision ?? 1]));
  const translations = new Map(
    others.map((g) => [
      g.locale,
      g.files.map((abs): TranslationSource => {
        const route = routeOf(path.relative(g.root, abs));
        const c = compiledOf.get(abs)!;
        const from = c.frontmatter.translatedFrom;
        return {
          file: rel(abs),
          route,
          compiled: c,
          lastUpdated: dates.get(abs) ?? new Date().toISOString(),
          ...(from ? { translatedFrom: { revision: from, currentRevision: revisionOf.get(route) ?? 1 } } : {}),
        };
      }),
    ]),
  );
  return { sources, translations };
}

/** content/data/<locale>/*.json: the visible text of sections, certifications and documents in a language. */
function loadDataOverlay(locale: string): Partial<Record<keyof SiteData, unknown[]>> {
  const dir = path.join(contentRoot(), 'data', locale);
  const read = (name: string): unknown[] | undefined => {
    const file = path.join(dir, `${name}.json`);
    if (!fs.existsSync(file)) return undefined;
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return Array.isArray(parsed) ? parsed : undefined;
  };
  return { sections: read('sections'), certifications: read('certifications'), documents: read('documents') };
}

async function load(): Promise<Sites> {
  const started = performance.now();
  clearStructuredDataCache();
  const stored = await loadStored();
  const { sources, translations } = stored ?? (await loadFiles());
  const data: SiteData = { sections: loadSections(), certifications: loadCertifications(), documents: loadDocuments() };
  const site = assembleSite(sources, data);
  const { list, default: defaultLocale } = getConfig().locales;
  const settings = { locales: list, defaultLocale };
  const byLocale = new Map<string, Site>([[defaultLocale, site]]);
  const issues: ContentIssue[] = [];
  for (const locale of list.filter((l) => l !== defaultLocale)) {
    const localized = assembleLocaleSite(
      site,
      sources,
      translations.get(locale) ?? [],
      overlayData(data, loadDataOverlay(locale)),
      locale,
      (route) => localePath(locale, route, settings),
    );
    issues.push(...localized.issues);
    byLocale.set(locale, localized.site);
    sourcesBySite.set(localized.site, sources);
  }
  if (issues.length) throw new ContentError(issues);
  const allTranslations = [...translations.values()].flat();
  retainOnly(new Set([...sources, ...allTranslations].map((s) => s.compiled.hash)));
  sourcesBySite.set(site, sources);
  slot.storedFingerprint = stored?.fingerprint ?? null;
  if (getConfig().env !== 'test') {
    logger.info({ from: stored ? 'database' : 'files', pages: site.pages.length, translations: allTranslations.length, searchEntries: site.search.size, ms: Math.round(performance.now() - started) }, 'trust center content loaded');
  }
  return { defaultLocale, byLocale };
}

function getSites(): Promise<Sites> {
  if (getConfig().env === 'development') {
    const now = fingerprint();
    if (now !== slot.fingerprint) {
      slot.fingerprint = now;
      slot.current = undefined;
    }
  }
  if (!slot.current) {
    const loading = load();
    slot.current = loading;
    // A failed load is not kept: the next request tries again (and shows the error again).
    loading.catch(() => {
      if (slot.current === loading) slot.current = undefined;
    });
  }
  return slot.current;
}

/** The current snapshot in a language (the default language's when omitted or not configured). */
export async function getSite(locale?: string): Promise<Site> {
  const sites = await getSites();
  return sites.byLocale.get(locale ?? sites.defaultLocale) ?? sites.byLocale.get(sites.defaultLocale)!;
}

/**
 * Reloads every page and rebuilds the search index, then swaps the snapshot in one step. Call it after
 * publishing (the studio does). When the new content is invalid it throws a ContentError listing every
 * problem and the site keeps serving the previous snapshot.
 */
export async function rebuildContent(): Promise<{ pages: number; searchEntries: number }> {
  // Two rebuilds at once (a publish here, the poll for another process's publish): the one that started
  // last read the newest data, so an older one finishing later must not replace it.
  const ticket = (slot.rebuilds = (slot.rebuilds ?? 0) + 1);
  const next = await load();
  if (ticket >= (slot.swapped ?? 0)) {
    slot.swapped = ticket;
    slot.current = Promise.resolve(next);
  }
  const site = next.byLocale.get(next.defaultLocale)!;
  return { pages: site.pages.length, searchEntries: site.search.size };
}

/** Starts loading in the background (server start-up), so the first visitor does not wait. */
export function warmContent(): void {
  getSite().catch(() => {
    // Reported again, with every file and line, by the first page that needs the content.
  });
}

export async function getPage(route: string, locale?: string): Promise<SitePage | null> {
  return (await getSite(locale)).byRoute.get(route) ?? null;
}
