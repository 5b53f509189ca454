import { Accordion, FaqItem } from './accordion';
import { Badge } from './badge';
import { Callout } from './callout';
import { Card, CardGrid } from './cards';
import { CertificationCard, CertificationGrid } from './certification-card';
import { DocumentLink } from './document-link';
import { Anchor, Blockquote, H2, H3, Hr, Img, InlineCode, Li, Ol, P, Pre, Ul } from './markdown';
import { Step, Steps } from './steps';
import { DataCell, HeaderCell, MarkdownTable } from './table';
import { Tab, Tabs } from './tabs';

/**
 * Everything compiled content can render: the author-facing components of
 * lib/content/mdx-components-spec.ts (same names), the compiler's internal CertificationGrid, and the
 * Markdown elements. Nothing else is in scope when a page runs.
 */
export const mdxComponents = {
  Accordion,
  Badge,
  Callout,
  Card,
  CardGrid,
  CertificationCard,
  CertificationGrid,
  DocumentLink,
  FaqItem,
  Step,
  Steps,
  Tab,
  Tabs,
  a: Anchor,
  blockquote: Blockquote,
  code: InlineCode,
  h2: H2,
  h3: H3,
  hr: Hr,
  img: Img,
  li: Li,
  ol: Ol,
  p: P,
  pre: Pre,
  table: MarkdownTable,
  td: DataCell,
  th: HeaderCell,
  ul: Ul,
};
