// What the fuzzer aims at, read from the production build itself, so a new page or action is covered the
// day it is added: every page and route handler (.next/app-path-routes-manifest.json) and every server
// action with the page it is posted to (.next/server/server-reference-manifest.json). Field names come
// from the zod schemas in lib/validation and the pages' own query parameters.
import fs from 'node:fs';
import path from 'node:path';

// Playwright runs from the repository root (scripts/e2e.mjs).
const root = process.cwd();

export interface PageTarget {
  /** The route with its dynamic segments as `[name]`, e.g. /documents/[slug]/download. */
  route: string;
  kind: 'page' | 'route';
}

export interface ActionTarget {
  id: string;
  name: string;
  /** The concrete route the action is posted to (a page that imports it). */
  route: string;
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(root, '.next', file), 'utf8')) as T;
}

/** app-path-routes-manifest: "/(trust)/search/page" → "/search". */
function appPaths(): Record<string, string> {
  return readJson<Record<string, string>>('app-path-routes-manifest.json');
}

export function pageTargets(): PageTarget[] {
  const out: PageTarget[] = [];
  for (const [key, route] of Object.entries(appPaths())) {
    if (
      route.startsWith('/_') ||
      /\.(xml|txt|json|ico|png|svg|webmanifest)$/.test(route) ||
      route.includes('/.well-known/')
    )
      continue;
    if (route.startsWith('/api/auth')) continue; // next-auth's own handler: not our input layer
    out.push({ route, kind: key.endsWith('/route') ? 'route' : 'page' });
  }
  return out.sort((a, b) => a.route.localeCompare(b.route));
}

export function actionTargets(): ActionTarget[] {
  const manifest = readJson<{
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }>;
  }>('server/server-reference-manifest.json');
  const paths = appPaths();
  const out: ActionTarget[] = [];
  for (const [id, entry] of Object.entries(manifest.node)) {
    const worker = Object.keys(entry.workers)
      .map((w) => w.replace(/^app/, ''))
      .find((w) => w.endsWith('/page') && paths[w]);
    if (!worker) continue;
    out.push({ id, name: `${entry.exportedName ?? '?'} (${entry.filename ?? worker})`, route: paths[worker]! });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** The query parameters pages and routes read (drawn more often than the schemas' other keys). */
export const QUERY_NAMES = [
  'q',
  'token',
  't',
  'next',
  'cursor',
  'from',
  'to',
  'format',
  'status',
  'filter',
  'reason',
  'revision',
  'welcome',
  'saved',
  'published',
  'discarded',
  'd',
  'as_of',
  'scope',
  'ip',
  'limit',
  'subscriber',
  'signedOut',
  'reset',
  'error',
  'actor',
  'target',
  'action',
  'category',
  'outcome',
  'assignee',
  'role',
  'before',
];

/** Every key the zod schemas in lib/validation name, plus QUERY_NAMES. */
export function fieldNames(): string[] {
  const names = new Set(QUERY_NAMES);
  const dir = path.join(root, 'lib/validation');
  for (const file of fs.readdirSync(dir)) {
    if (!file.endsWith('.ts')) continue;
    for (const m of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/^\s{2,}(\w+): /gm)) names.add(m[1]!);
  }
  return [...names].sort();
}

/** A route with its `[x]`, `[...x]` and `[[...x]]` segments filled in (with text already percent-encoded). */
export function fillRoute(route: string, segment: (name: string) => string): string {
  return route.replace(/\[\[?(?:\.\.\.)?(\w+)\]?\]/g, (_m, name: string) => segment(name));
}
