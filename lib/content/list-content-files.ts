import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { loadSections } from './structured-data';
import { isTranslationFolder } from './translation-folders';

export interface ContentFileSummary {
  path: string;
  route: string;
  title: string;
  lastReviewed: string | null;
  reviewDue: boolean;
}

/** Pages not reviewed for this long are flagged in the studio. */
export const REVIEW_AFTER_DAYS = 180;

const root = () => path.join(process.cwd(), 'content', 'pages');

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.mdx') ? [path.join(dir, e.name)] : []));
}

function frontmatterValue(source: string, key: string): string | null {
  const fm = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const m = new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(fm);
  return m ? m[1]!.trim().replace(/^['"]|['"]$/g, '') : null;
}

/** The trust-center pages as files, for the studio's overview (until pages live in the database). */
export function listContentFiles(now = new Date()): ContentFileSummary[] {
  const cutoff = now.getTime() - REVIEW_AFTER_DAYS * 86_400_000;
  const sections = loadSections();
  const top = fs.existsSync(root()) ? fs.readdirSync(root(), { withFileTypes: true }) : [];
  // Translations (content/pages/de/…) are not pages of their own in this list.
  return top
    .flatMap((e) => (e.isDirectory() ? (isTranslationFolder(e.name, sections) ? [] : walk(path.join(root(), e.name))) : e.name.endsWith('.mdx') ? [path.join(root(), e.name)] : []))
    .map((file) => {
      const rel = path.relative(root(), file).replace(/\\/g, '/');
      const route = `/${rel.replace(/(^|\/)index\.mdx$/, '').replace(/\.mdx$/, '')}`.replace(/\/$/, '') || '/';
      const source = fs.readFileSync(file, 'utf8');
      const lastReviewed = frontmatterValue(source, 'lastReviewed');
      const reviewDue = !lastReviewed || Date.parse(lastReviewed) < cutoff;
      return { path: `content/pages/${rel}`, route, title: frontmatterValue(source, 'title') ?? rel, lastReviewed, reviewDue };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}
