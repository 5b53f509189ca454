import fs from 'node:fs';
import path from 'node:path';
import type { TSection } from '@/lib/content/structured-data';

// Where a page row (section + slug) lives: its public route and its file under content/pages/ — the same
// layout as the files: <section>/<slug>.mdx, a section's own page <section>/index.mdx, the overview
// index.mdx at the top. Pure (no server-only imports): the content:import/export scripts use it too.

export function routeFor(section: TSection, slug: string): string {
  if (slug === 'index') return section.path;
  return section.path === '/' ? `/${slug}` : `${section.path}/${slug}`;
}

/** Path under content/pages/ for the page. */
export function pageFileFor(section: TSection, slug: string): string {
  const route = routeFor(section, slug);
  if (route === '/') return 'index.mdx';
  return slug === 'index' ? `${route.slice(1)}/index.mdx` : `${route.slice(1)}.mdx`;
}

/** The section and slug of a file under content/pages/ ("faq/index.mdx" → faq, index), or null. */
export function locateFile(relative: string, sections: TSection[]): { section: TSection; slug: string } | null {
  const parts = relative
    .replace(/\\/g, '/')
    .replace(/\.mdx$/, '')
    .split('/');
  if (parts.length === 1) {
    const overview = sections.find((s) => s.path === '/');
    return parts[0] === 'index' && overview ? { section: overview, slug: 'index' } : null;
  }
  if (parts.length !== 2) return null;
  const section = sections.find((s) => s.path === `/${parts[0]}`);
  return section ? { section, slug: parts[1]! } : null;
}

/** content/data/sections.json of a content folder, for the import and export scripts. */
export function readSections(contentDir: string): TSection[] {
  return JSON.parse(fs.readFileSync(path.join(contentDir, 'data', 'sections.json'), 'utf8')) as TSection[];
}
