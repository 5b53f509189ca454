import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { getConfig } from '@/lib/config';
import { logger } from '@/lib/log';
import { assembleSite, routeOf, type PageSource, type Site, type SitePage } from './assemble-site';
import { compileCached, retainOnly } from './compile-cache';
import { ContentError, type ContentIssue } from './content-error';
import { lastUpdatedDates } from './last-updated';
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

export type { Site, SitePage } from './assemble-site';

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
  /** The page's language: the default language's code for originals (issue 18). */
  locale: string;
  /**
   * Translations only: the default-language revision the translation was made from (`revision`), the one
   * published now (`currentRevision`; later than `revision` = outdated) and when that was published.
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
interface Slot {
  current?: Promise<Site>;
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

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.mdx') ? [path.join(dir, e.name)] : []))
    .sort();
}

/** Cheap change detector for development: names, sizes and mtimes of every content file. */
function fingerprint(): string {
  const files = [...walk(pagesDir()), ...fs.readdirSync(path.join(contentRoot(), 'data')).map((f) => path.join(contentRoot(), 'data', f))];
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

async function loadStored(): Promise<{ fingerprint: string; sources: PageSource[] } | null> {
  if (!slot.provider || isBuild()) return null;
  const stored = await slot.provider();
  if (!stored) return null;
  const compiled = await compileAll(stored.pages);
  const sources = stored.pages.map((p, i): PageSource => ({
    file: p.file,
    route: p.route,
    compiled: compiled[i]!,
    lastUpdated: p.lastUpdated,
    sectionKey: p.sectionKey,
    order: p.order,
    hidden: p.hidden,
  }));
  return { fingerprint: stored.fingerprint, sources };
}

async function loadFiles(): Promise<PageSource[]> {
  const files = walk(pagesDir());
  const rel = (abs: string) => path.relative(process.cwd(), abs).split(path.sep).join('/');
  const [dates, compiled] = await Promise.all([
    lastUpdatedDates(process.cwd(), 'content/pages', files),
    compileAll(files.map((abs) => ({ file: rel(abs), source: fs.readFileSync(abs, 'utf8') }))),
  ]);
  return files.map((abs, i) => ({
    file: rel(abs),
    route: routeOf(path.relative(pagesDir(), abs)),
    compiled: compiled[i]!,
    lastUpdated: dates.get(abs) ?? new Date().toISOString(),
  }));
}

async function load(): Promise<Site> {
  const started = performance.now();
  clearStructuredDataCache();
  const stored = await loadStored();
  const sources = stored?.sources ?? (await loadFiles());
  const site = assembleSite(sources, {
    sections: loadSections(),
    certifications: loadCertifications(),
    documents: loadDocuments(),
  });
  retainOnly(new Set(sources.map((s) => s.compiled.hash)));
  sourcesBySite.set(site, sources);
  slot.storedFingerprint = stored?.fingerprint ?? null;
  if (getConfig().env !== 'test') {
    logger.info({ from: stored ? 'database' : 'files', pages: site.pages.length, searchEntries: site.search.size, ms: Math.round(performance.now() - started) }, 'trust center content loaded');
  }
  return site;
}

/** The current snapshot; loads it on first use. */
export function getSite(): Promise<Site> {
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
  return { pages: next.pages.length, searchEntries: next.search.size };
}

/** Starts loading in the background (server start-up), so the first visitor does not wait. */
export function warmContent(): void {
  getSite().catch(() => {
    // Reported again, with every file and line, by the first page that needs the content.
  });
}

export async function getPage(route: string): Promise<SitePage | null> {
  return (await getSite()).byRoute.get(route) ?? null;
}
