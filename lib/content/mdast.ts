// The few shapes of the Markdown/MDX syntax tree (mdast + mdast-util-mdx) the compiler reads. Kept
// structural and local, so the rules do not depend on the exact typings of transitive packages.

export interface Point {
  line: number;
  column: number;
}

export interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  /** A string for name="value"; an object for name={expression}; null for a bare name. */
  value?: string | { type: string; value: string } | null;
  position?: { start: Point };
}

export interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  /** Headings. */
  depth?: number;
  /** Links and images. */
  url?: string;
  alt?: string | null;
  /** JSX elements: null for a fragment (<>…</>). */
  name?: string | null;
  attributes?: JsxAttribute[];
  position?: { start: Point; end?: Point };
  data?: Record<string, unknown>;
}

export const isJsx = (node: MdNode): boolean => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The string value of a plain name="value" prop, or undefined. */
export function stringProp(node: MdNode, name: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/** Blank text between block elements carries nothing. */
export const isBlank = (node: MdNode): boolean => node.type === 'text' && !(node.value ?? '').trim();

/** Plain text of a subtree, with the text-bearing props of components (titles, labels, questions). */
export function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value ?? '';
  if (node.type === 'break') return '\n';
  if (node.type === 'yaml' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return '';
  const parts: string[] = [];
  if (isJsx(node)) {
    for (const prop of ['title', 'label', 'question', 'caption']) {
      const v = stringProp(node, prop);
      if (v) parts.push(v);
    }
  }
  if (node.type === 'image' && node.alt) parts.push(node.alt);
  for (const child of node.children ?? []) parts.push(plainText(child));
  const separator = PHRASING_PARENTS.has(node.type) ? '' : node.type === 'tableRow' ? ' · ' : '\n';
  return parts.filter(Boolean).join(separator);
}

/** Nodes whose children are inline: their text runs together without separators. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);
