// The component palette: one ready-to-edit snippet per component of lib/content/mdx-components-spec.ts,
// written the way content/README.md documents them (blank lines around Markdown children).
import type { ComponentName } from '@/lib/content/mdx-components-spec';

export interface Snippet {
  /** Its button's words: studio.editor.palette.snippets.<id>.label / .description in the catalogue. */
  id: string;
  component: ComponentName;
  text: string;
  /** Inline components may sit inside a sentence; block ones get their own paragraph. */
  inline?: boolean;
}

export const SNIPPETS: Snippet[] = [
  {
    id: 'callout',
    component: 'Callout',
    text: '<Callout type="note" title="Good to know">\n\nWrite the note here.\n\n</Callout>',
  },
  {
    id: 'faq',
    component: 'FaqItem',
    text: '<Accordion>\n\n<FaqItem id="faq-new-question" question="What is the question?">\n\nWrite the answer here.\n\n</FaqItem>\n\n</Accordion>',
  },
  {
    id: 'documentLink',
    component: 'DocumentLink',
    text: '<DocumentLink id="dpa" />',
  },
  {
    id: 'certificationCard',
    component: 'CertificationCard',
    text: '<CertificationCard id="iso-27001" />',
  },
  {
    id: 'table',
    component: 'Table',
    text: '<Table caption="Describe the table">\n\n| Column | Column |\n| --- | --- |\n| Value | Value |\n\n</Table>',
  },
  {
    id: 'steps',
    component: 'Steps',
    text: '<Steps>\n\n<Step title="First step">\n\nWhat to do first.\n\n</Step>\n\n<Step title="Second step">\n\nWhat to do next.\n\n</Step>\n\n</Steps>',
  },
  {
    id: 'tabs',
    component: 'Tabs',
    text: '<Tabs>\n\n<Tab label="First view">\n\nText of the first tab.\n\n</Tab>\n\n<Tab label="Second view">\n\nText of the second tab.\n\n</Tab>\n\n</Tabs>',
  },
  {
    id: 'cardGrid',
    component: 'CardGrid',
    text: '<CardGrid>\n\n<Card title="Card title" href="/">\n\nWhat the reader finds there.\n\n</Card>\n\n</CardGrid>',
  },
  {
    id: 'badge',
    component: 'Badge',
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
