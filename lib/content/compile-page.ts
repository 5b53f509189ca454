// Compiles one MDX page: frontmatter and body rules first (every problem with file:line), then
// mdx-bundler with our remark plugins. The result is plain JSON, so it can be cached in memory and on
// disk by the hash of its source (lib/content/compile-cache.ts).
import crypto from 'node:crypto';
import { bundleMDX } from 'mdx-bundler';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { TPageFrontmatter } from '@/lib/validation/content';
import { ContentError, type ContentIssue } from './content-error';
import { extractOutline, type PageOutline } from './extract';
import { readFrontmatter } from './frontmatter';
import { checkTree, type RuleIssue } from './mdx-rules';
import { parsePage, remarkTrustTransform } from './remark-trust';

/**
 * Bump when the compiler's rules or output change: cached results of older versions are ignored (a
 * cached page is never checked again, so a stricter rule must not meet an old cache entry).
 */
export const COMPILER_VERSION = 5;

export interface CompiledPage extends PageOutline {
  compilerVersion: number;
  /** sha256 of the compiler version and the source. */
  hash: string;
  frontmatter: TPageFrontmatter;
  /** mdx-bundler's function body; evaluated once per process by components/mdx/mdx-content.tsx. */
  code: string;
}

export function sourceHash(source: string): string {
  return crypto.createHash('sha256').update(`v${COMPILER_VERSION}\n`).update(source).digest('hex');
}

function positioned(err: unknown): RuleIssue {
  const e = err as { line?: number; column?: number; reason?: string; message?: string };
  return { line: e.line ?? 1, column: e.column, message: `MDX syntax error: ${e.reason ?? e.message ?? String(err)}` };
}

/** Checks the page against every rule without bundling it: the studio's editor can call this on each keystroke. */
export function checkPage(source: string, file: string): { frontmatter: TPageFrontmatter; outline: PageOutline } {
  const issues: RuleIssue[] = [];
  const fm = readFrontmatter(source);
  if (!fm.ok) issues.push(...fm.issues);
  let outline: PageOutline | null = null;
  try {
    const tree = parsePage(source);
    issues.push(...checkTree(tree));
    if (!issues.length) outline = extractOutline(tree);
  } catch (err) {
    issues.push(positioned(err));
  }
  if (issues.length || !fm.ok || !outline) {
    throw new ContentError(issues.sort((a, b) => a.line - b.line).map((i): ContentIssue => ({ file, ...i })));
  }
  return { frontmatter: fm.data, outline };
}

export async function compilePage(source: string, file: string): Promise<CompiledPage> {
  const { frontmatter, outline } = checkPage(source, file);
  const result = await bundleMDX({
    source,
    mdxOptions(options) {
      // Replaces mdx-bundler's defaults: its remark-mdx-frontmatter would add an export to every page.
      options.remarkPlugins = [[remarkFrontmatter, ['yaml']], remarkGfm, remarkTrustTransform];
      options.rehypePlugins = [];
      return options;
    },
    esbuildOptions(options) {
      options.minify = true;
      options.target = 'es2022';
      options.logLevel = 'silent';
      return options;
    },
  }).catch((err: unknown) => {
    // Should not happen after checkPage; if it does, still name the file.
    const e = err as { errors?: { text: string; location?: { line: number; column: number } }[] };
    const first = e.errors?.[0];
    throw new ContentError([{ file, line: first?.location?.line ?? 1, column: first?.location?.column, message: `MDX could not be compiled: ${first?.text ?? String(err)}` }]);
  });
  return { compilerVersion: COMPILER_VERSION, hash: sourceHash(source), frontmatter, code: result.code, ...outline };
}
