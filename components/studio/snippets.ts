// The component palette: one ready-to-edit snippet per component of lib/content/mdx-components-spec.ts,
// written the way content/README.md documents them (blank lines around Markdown children).
import type { ComponentName } from '@/lib/content/mdx-components-spec';

export interface Snippet {
  label: string;
  component: ComponentName;
  description: string;
  text: string;
  /** Inline components may sit inside a sentence; block ones get their own paragraph. */
  inline?: boolean;
}

export const SNIPPETS: Snippet[] = [
  {
    label: 'Callout',
    component: 'Callout',
    description: 'A note, tip, warning or important instruction.',
    text: '<Callout type="note" title="Good to know">\n\nWrite the note here.\n\n</Callout>',
  },
  {
    label: 'FAQ entry',
    component: 'FaqItem',
    description: 'A question and its answer; the id must be unique across the site.',
    text: '<Accordion>\n\n<FaqItem id="faq-new-question" question="What is the question?">\n\nWrite the answer here.\n\n</FaqItem>\n\n</Accordion>',
  },
  {
    label: 'DocumentLink',
    component: 'DocumentLink',
    description: 'A download or request link for a document of the library.',
    text: '<DocumentLink id="dpa" />',
  },
  {
    label: 'CertificationCard',
    component: 'CertificationCard',
    description: 'A certification: iso-27001, iso-27018, iso-22301 or soc-2-type-ii.',
    text: '<CertificationCard id="iso-27001" />',
  },
  {
    label: 'Table',
    component: 'Table',
    description: 'A table with an accessible caption.',
    text: '<Table caption="Describe the table">\n\n| Column | Column |\n| --- | --- |\n| Value | Value |\n\n</Table>',
  },
  {
    label: 'Steps',
    component: 'Steps',
    description: 'A numbered procedure.',
    text: '<Steps>\n\n<Step title="First step">\n\nWhat to do first.\n\n</Step>\n\n<Step title="Second step">\n\nWhat to do next.\n\n</Step>\n\n</Steps>',
  },
  {
    label: 'Tabs',
    component: 'Tabs',
    description: 'Alternative views of the same topic.',
    text: '<Tabs>\n\n<Tab label="First view">\n\nText of the first tab.\n\n</Tab>\n\n<Tab label="Second view">\n\nText of the second tab.\n\n</Tab>\n\n</Tabs>',
  },
  {
    label: 'Card grid',
    component: 'CardGrid',
    description: 'A grid of link cards.',
    text: '<CardGrid>\n\n<Card title="Card title" href="/">\n\nWhat the reader finds there.\n\n</Card>\n\n</CardGrid>',
  },
  {
    label: 'Badge',
    component: 'Badge',
    description: 'A short inline status label (success, warning, neutral or danger).',
    text: '<Badge tone="neutral">Label</Badge>',
    inline: true,
  },
];

/**
 * What to insert at `offset` of `doc` so a block snippet stands in its own paragraph (blank line before
 * and after), while an inline one goes in as is.
 */
export function blockInsertion(doc: string, offset: number, snippet: Snippet): string {
  if (snippet.inline) return snippet.text;
  const before = doc.slice(0, offset);
  const after = doc.slice(offset);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  return `${lead}${snippet.text}${trail}`;
}
