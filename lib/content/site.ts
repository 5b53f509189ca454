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
  loadSubprocessors,
} from './structured-data';

// The published trust center as one immutable snapshot in process memory: compiled pages, navigation and
// the search index. Pages read it and nothing else, so a visitor's request never waits on the database,
// the file system or the compiler once the snapshot exists. It is built on first use (and by `next build`
// through generateStaticParams, which fills the compile cache), and replaced by rebuildContent() when
// content is published. In development it follows edits to the files.

export type { Site, SitePage } from './assemble-site';

const KEY = Symbol.for('trust-center.site');
interface Slot {
  current?: Promise<Site>;
  fingerprint?: string;
}
const slot = ((globalThis as { [KEY]?: Slot })[KEY] ??= {});

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

async function load(): Promise<Site> {
  const started = performance.now();
  clearStructuredDataCache();
  const files = walk(pagesDir());
  const [dates, compiled] = await Promise.all([
    lastUpdatedDates(process.cwd(), 'content/pages', files),
    Promise.allSettled(
      files.map((abs) => {
        const file = path.relative(process.cwd(), abs).split(path.sep).join('/');
        return compileCached(fs.readFileSync(abs, 'utf8'), file);
      }),
    ),
  ]);
  // Report every broken file at once, not only the first.
  const issues: ContentIssue[] = compiled.flatMap((r, i) =>
    r.status === 'fulfilled'
      ? []
      : r.reason instanceof ContentError
        ? r.reason.issues
        : [{ file: path.relative(process.cwd(), files[i]!), line: 1, message: String((r.reason as Error)?.message ?? r.reason) }],
  );
  if (issues.length) throw new ContentError(issues);

  const sources: PageSource[] = files.map((abs, i) => ({
    file: path.relative(process.cwd(), abs).split(path.sep).join('/'),
    route: routeOf(path.relative(pagesDir(), abs)),
    compiled: (compiled[i] as PromiseFulfilledResult<PageSource['compiled']>).value,
    lastUpdated: dates.get(abs) ?? new Date().toISOString(),
  }));
  const site = assembleSite(sources, {
    sections: loadSections(),
    certifications: loadCertifications(),
    documents: loadDocuments(),
    subprocessors: loadSubprocessors(),
  });
  retainOnly(new Set(sources.map((s) => s.compiled.hash)));
  if (getConfig().env !== 'test') {
    logger.info({ pages: site.pages.length, searchEntries: site.search.size, ms: Math.round(performance.now() - started) }, 'trust center content loaded');
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
  const next = await load();
  slot.current = Promise.resolve(next);
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
