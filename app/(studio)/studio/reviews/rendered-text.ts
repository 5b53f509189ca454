import 'server-only';
// What a prospect reads on a page, as plain text blocks in document order (title, description, then each
// heading, paragraph, callout, question…), so reviewers see the change in words rather than in markup.
import { readFrontmatter } from '@/lib/content/frontmatter';
import { isBlank, isJsx, plainText, stringProp, type MdNode } from '@/lib/content/mdast';
import { parsePage } from '@/lib/content/remark-trust';

const DATA_COMPONENTS: Record<string, string> = { DocumentLink: 'Document', CertificationCard: 'Certification' };

function blockText(node: MdNode): string {
  if (isJsx(node) && node.name && DATA_COMPONENTS[node.name]) {
    const id = stringProp(node, 'id');
    return `[${DATA_COMPONENTS[node.name]}${id ? `: ${id}` : ''}]`;
  }
  const text = plainText(node).trim();
  return node.type === 'heading' && text ? `${'#'.repeat(node.depth ?? 2)} ${text}` : text;
}

/** The page's readable text, or null when the source does not parse (the source diff still shows it). */
export function renderedText(source: string): string | null {
  try {
    const fm = readFrontmatter(source);
    const blocks = (parsePage(source).children ?? [])
      .filter((n) => n.type !== 'yaml' && !isBlank(n))
      .map(blockText)
      .filter(Boolean);
    const head = fm.ok ? [`# ${fm.data.title}`, fm.data.description] : [];
    return [...head, ...blocks].join('\n\n');
  } catch {
    return null;
  }
}
