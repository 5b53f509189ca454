// What the site needs from a page besides its rendered body: the table of contents, the FAQ entries,
// the references to structured data (checked against content/data/ when the site loads), the links
// (checked against the other pages) and the plain text the search index is built from.
import { createSlugger } from './slug';
import { isBlank, isJsx, plainText, stringProp, type MdNode } from './mdast';

export interface PageHeading {
  depth: 2 | 3;
  text: string;
  id: string;
}

export interface DataRef {
  component: 'CertificationCard' | 'DocumentLink';
  id: string;
  line: number;
}

export interface PageLink {
  url: string;
  line: number;
  column?: number;
}

export interface FaqEntry {
  id: string;
  question: string;
  /** The answer as plain text. */
  text: string;
  /** The heading the question sits under (its theme on the FAQ page). */
  theme: string | null;
  line: number;
}

/** A slice of a page between two headings: what search results point at. */
export interface TextSection {
  /** Heading id, or null for the text before the first heading. */
  id: string | null;
  heading: string | null;
  text: string;
  refs: DataRef[];
}

export interface PageOutline {
  headings: PageHeading[];
  faqs: FaqEntry[];
  refs: DataRef[];
  links: PageLink[];
  sections: TextSection[];
  words: number;
}

const line = (node: MdNode) => node.position?.start.line ?? 1;

/** Heading ids, assigned in document order; the compiler's transform uses the same function. */
export function headingIds(root: MdNode): Map<MdNode, string> {
  const slug = createSlugger();
  const ids = new Map<MdNode, string>();
  const walk = (node: MdNode) => {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) ids.set(node, slug(plainText(node).trim()));
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return ids;
}

export function extractOutline(root: MdNode): PageOutline {
  const ids = headingIds(root);
  const outline: PageOutline = { headings: [], faqs: [], refs: [], links: [], sections: [], words: 0 };
  let current: TextSection = { id: null, heading: null, text: '', refs: [] };
  let theme: string | null = null;
  const texts: string[] = [];

  const collect = (node: MdNode, section: TextSection | null) => {
    if (node.type === 'link' && node.url) outline.links.push({ url: node.url, line: line(node), column: node.position?.start.column });
    if (isJsx(node)) {
      const name = node.name ?? '';
      if (name === 'CertificationCard' || name === 'DocumentLink') {
        const ref: DataRef = { component: name, id: stringProp(node, 'id') ?? '', line: line(node) };
        outline.refs.push(ref);
        section?.refs.push(ref);
      }
      if (name === 'Card') {
        const href = stringProp(node, 'href');
        if (href) outline.links.push({ url: href, line: line(node), column: node.position?.start.column });
      }
    }
    for (const child of node.children ?? []) collect(child, section);
  };

  const flush = () => {
    current.text = texts.join('\n').trim();
    if (current.text || current.refs.length || current.id) outline.sections.push(current);
    texts.length = 0;
  };

  for (const node of root.children ?? []) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading' && ids.has(node)) {
      flush();
      const text = plainText(node).trim();
      const id = ids.get(node)!;
      outline.headings.push({ depth: node.depth as 2 | 3, text, id });
      if (node.depth === 2) theme = text;
      current = { id, heading: text, text: '', refs: [] };
      collect(node, null);
      continue;
    }
    if (isJsx(node) && node.name === 'Accordion') {
      // Each question is its own search entry, so it is not repeated in the surrounding section.
      for (const item of (node.children ?? []).filter((c) => !isBlank(c))) {
        const id = stringProp(item, 'id') ?? '';
        const question = stringProp(item, 'question') ?? '';
        const text = (item.children ?? []).map(plainText).join('\n').trim();
        outline.faqs.push({ id, question, text, theme, line: line(item) });
        outline.words += countWords(`${question} ${text}`);
        collect(item, null);
      }
      continue;
    }
    const text = plainText(node);
    texts.push(text);
    outline.words += countWords(text);
    collect(node, current);
  }
  flush();
  return outline;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
