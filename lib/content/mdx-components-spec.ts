// The fixed set of components content authors may use, and the rules the compiler enforces for each.
// The React implementations live in components/mdx/ (one name each, the same names as here); the
// author's documentation is content/README.md. Adding a component means adding it in all three places.

export interface PropSpec {
  required?: boolean;
  /** Allowed values, when the prop is an enumeration. */
  values?: readonly string[];
  pattern?: RegExp;
  /** Said when the pattern does not match. */
  patternHint?: string;
}

export interface ComponentSpec {
  props: Record<string, PropSpec>;
  /** none: self-closing; markdown: any Markdown; text: inline text only; table: exactly one GFM table. */
  content: 'none' | 'markdown' | 'text' | 'table';
  /** Must be a direct child of this component. */
  parent?: string;
  /** May contain only these components (and blank lines). */
  only?: string;
  /** Block components start on their own line; inline ones may sit in prose and table cells. */
  inline?: boolean;
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const COMPONENT_SPECS = {
  Callout: {
    props: { type: { required: true, values: ['note', 'tip', 'warning', 'important'] }, title: {} },
    content: 'markdown',
  },
  CardGrid: { props: {}, content: 'markdown', only: 'Card' },
  Card: {
    props: { title: { required: true }, href: { required: true, pattern: /^(https:\/\/|\/(?![/\\])|#)/, patternHint: 'must be site-relative ("/…"), "#…" or "https://…"' } },
    content: 'markdown',
    parent: 'CardGrid',
  },
  CertificationCard: { props: { id: { required: true } }, content: 'none' },
  Table: { props: { caption: { required: true } }, content: 'table' },
  Steps: { props: {}, content: 'markdown', only: 'Step' },
  Step: { props: { title: { required: true } }, content: 'markdown', parent: 'Steps' },
  Tabs: { props: {}, content: 'markdown', only: 'Tab' },
  Tab: { props: { label: { required: true } }, content: 'markdown', parent: 'Tabs' },
  Accordion: { props: {}, content: 'markdown', only: 'FaqItem' },
  FaqItem: {
    props: {
      id: { required: true, pattern: KEBAB, patternHint: 'must be kebab-case, e.g. "faq-data-location"' },
      question: { required: true, pattern: /\?$/, patternHint: 'must end with a question mark' },
    },
    content: 'markdown',
    parent: 'Accordion',
  },
  Badge: { props: { tone: { required: true, values: ['success', 'warning', 'neutral', 'danger'] } }, content: 'text', inline: true },
  DocumentLink: { props: { id: { required: true } }, content: 'none' },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof COMPONENT_SPECS;

export const COMPONENT_NAMES = Object.keys(COMPONENT_SPECS) as ComponentName[];

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENT_SPECS, name);
}

/**
 * App routes outside content/pages that content may link to (content/README.md, rule 7). Links to
 * anything else site-relative must resolve to a page.
 */
export const APP_LINK_TARGETS = [
  '/report-abuse',
  '/documents',
  '/subprocessors',
  '/subprocessors/history',
  '/subprocessors/subscribe',
  '/search',
  '/changelog',
  '/account',
  '/account/security',
  '/account/ip-access',
  '/account/users',
  '/account/roles',
  '/account/audit-log',
] as const;
