// The content compiler's rules (ARCHITECTURE rule 7, content/README.md): content is data, not code.
// Every rejection names the file and the line, so an author can jump straight to the problem.
import { createElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkPage, compilePage } from '@/lib/content/compile-page';
import { ContentError } from '@/lib/content/content-error';

const FILE = 'content/pages/test/example.mdx';

const FRONTMATTER = `---
title: "Example"
description: "A page used by the compiler tests."
section: test
order: 1
lastReviewed: "2026-11-01"
owner: "Security Engineering"
---
`;

/** The body starts on line 10 (8 frontmatter lines, then a blank line). */
const page = (body: string, frontmatter = FRONTMATTER) => `${frontmatter}\n${body}\n`;

function rejection(source: string): ContentError {
  try {
    checkPage(source, FILE);
  } catch (err) {
    if (err instanceof ContentError) return err;
    throw err;
  }
  throw new Error('expected the page to be rejected');
}

describe('MDX rules: content is data, not code', () => {
  it('rejects an import, naming file and line', () => {
    const err = rejection(page('Intro.\n\nimport { readFileSync } from "node:fs"\n\nMore.'));
    expect(err.message).toMatch(/^content\/pages\/test\/example\.mdx:12(:\d+)? Imports are not allowed/);
  });

  it('rejects an export, naming file and line', () => {
    const err = rejection(page('export const leak = process.env'));
    expect(err.message).toMatch(/^content\/pages\/test\/example\.mdx:10(:\d+)? Exports are not allowed/);
  });

  it('rejects a JavaScript expression in the text, naming file and line', () => {
    const err = rejection(page('Line one.\n\nTotal: {1 + 1} items.'));
    expect(err.message).toMatch(/^content\/pages\/test\/example\.mdx:12:8 JavaScript expressions are not allowed/);
  });

  it('rejects a JavaScript expression as a prop value and as a spread', () => {
    const err = rejection(
      page('<Callout type={"note"}>\n\nHi.\n\n</Callout>\n\n<Badge {...props} tone="success">x</Badge>'),
    );
    expect(err.issues.map((i) => `${i.line}: ${i.message}`)).toEqual([
      expect.stringMatching(/^10: The prop "type" of <Callout> must be plain text in double quotes/),
      expect.stringMatching(/^16: <Badge> has a spread or expression attribute/),
    ]);
  });

  it('rejects an unknown component, naming file and line and the components that exist', () => {
    const err = rejection(page('Fine.\n\n<Marquee speed="fast" />'));
    expect(err.message).toMatch(
      /^content\/pages\/test\/example\.mdx:12:1 Unknown component <Marquee>\. Available components: Callout, /,
    );
  });

  it('rejects the retired <SubprocessorTable> (the live register at /subprocessors replaced it)', () => {
    const err = rejection(page('Fine.\n\n<SubprocessorTable />'));
    expect(err.message).toMatch(/Unknown component <SubprocessorTable>/);
  });

  it('rejects raw HTML and fragments', () => {
    const err = rejection(page('<div>raw</div>\n\n<>fragment</>\n\n<script>alert(1)</script>'));
    expect(err.issues.map((i) => [i.line, i.message.split(':')[0]])).toEqual([
      [10, 'Raw HTML <div> is not allowed'],
      [12, 'Fragments (<>…</>) are not allowed'],
      [14, 'Raw HTML <script> is not allowed'],
    ]);
  });

  it('rejects frontmatter missing a field, naming file and line', () => {
    const source = page('Body.', FRONTMATTER.replace('owner: "Security Engineering"\n', ''));
    const err = rejection(source);
    expect(err.message).toBe(
      'content/pages/test/example.mdx:1 The frontmatter is missing the required field "owner" (every page needs title, description, section, order, lastReviewed, owner).',
    );
  });

  it('points at the line of a frontmatter field with a wrong value, and at unknown fields', () => {
    const source = page(
      'Body.',
      FRONTMATTER.replace('lastReviewed: "2026-11-01"', 'lastReviewed: "last week"')
        .replace('---\n\n', '---\n')
        .replace('owner: "Security Engineering"\n', 'owner: "Security Engineering"\nauthor: "Me"\n'),
    );
    const err = rejection(source);
    expect(err.issues).toEqual([
      expect.objectContaining({
        line: 6,
        message: expect.stringMatching(/^The frontmatter field "lastReviewed" must be a date/),
      }),
      expect.objectContaining({ line: 8, message: expect.stringMatching(/unknown field\(s\) "author"/) }),
    ]);
  });

  it('rejects a page without frontmatter, and YAML that does not parse', () => {
    expect(rejection('Just text.').message).toMatch(
      /^content\/pages\/test\/example\.mdx:1 The page must start with frontmatter/,
    );
    expect(rejection('---\ntitle: "x\n---\n\nBody.').message).toMatch(
      /^content\/pages\/test\/example\.mdx:\d+ The frontmatter is not valid YAML/,
    );
  });

  it('reports an MDX syntax error with its position', () => {
    const err = rejection(page('Text.\n\nAn unclosed {brace'));
    expect(err.message).toMatch(/^content\/pages\/test\/example\.mdx:12:\d+ MDX syntax error: /);
  });

  it('enforces component structure and props', () => {
    const err = rejection(
      page(
        [
          '<Card title="Orphan" href="/x">',
          '',
          'Text',
          '',
          '</Card>',
          '',
          '<Callout type="danger">',
          '',
          'Bad type',
          '',
          '</Callout>',
          '',
          '<Accordion>',
          '',
          '<FaqItem id="Not_Kebab" question="No question mark">',
          '',
          'Answer',
          '',
          '</FaqItem>',
          '',
          '</Accordion>',
          '',
          '<Table caption="Two things">',
          '',
          'Not a table',
          '',
          '</Table>',
          '',
          '<CertificationCard id="iso-27001">',
          '',
          'content',
          '',
          '</CertificationCard>',
          '',
          'Inline <Callout type="note">here</Callout> is wrong.',
        ].join('\n'),
      ),
    );
    const messages = err.issues.map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        '<Card> must be a direct child of <CardGrid>.',
        '<Callout type="danger">: type must be one of note, tip, warning, important.',
        '<FaqItem id="Not_Kebab">: id must be kebab-case, e.g. "faq-data-location".',
        '<FaqItem question="No question mark">: question must end with a question mark.',
        '<Table> must wrap exactly one Markdown table (with blank lines around it).',
        '<CertificationCard> takes no content: write it self-closing, e.g. <CertificationCard … />.',
        '<Callout> is a block component: start it on its own line, with a blank line before and after.',
      ]),
    );
    expect(err.issues.every((i) => i.file === FILE && i.line >= 10)).toBe(true);
  });

  it('allows only ## and ### headings, each text once per page', () => {
    const err = rejection(page('# Title again\n\n## Setup\n\n#### Too deep\n\n## Setup'));
    expect(err.issues.map((i) => `${i.line} ${i.message}`)).toEqual([
      expect.stringMatching(/^10 Use "##" or "###" for headings: the page title/),
      expect.stringMatching(/^14 Only "##" and "###" headings are allowed; "#### Too deep" is too deep/),
      '16 The heading "Setup" is already used on line 12: heading texts must be unique within a page.',
    ]);
  });

  it('rejects unsafe links and remote images', () => {
    const err = rejection(
      page(
        '[x](javascript:alert(1)) and [y](http://plain.example) [z](//evil.example) ![](https://evil.example/p.png)\n\n<CardGrid>\n\n<Card title="t" href="javascript:alert(1)">\n\nx\n\n</Card>\n\n</CardGrid>',
      ),
    );
    expect(err.issues.map((i) => i.message.slice(0, 30))).toEqual([
      'The link "javascript:alert(1)"',
      'The link "http://plain.example',
      'The link "//evil.example" must',
      'The image "https://evil.exampl',
      'Images need a description in t',
      '<Card href="javascript:alert(1',
    ]);
  });

  it('lists every problem of a file at once, in line order', () => {
    const err = rejection(page('import a from "a"\n\n{x}\n\n<Nope />'));
    expect(err.issues.map((i) => i.line)).toEqual([10, 12, 14]);
    expect(err.message).toMatch(/^3 problems in the trust-center content:\n {2}content\/pages\/test\/example\.mdx:10/);
  });
});

describe('compiling a valid page', () => {
  const valid = page(
    [
      'Intro with a [link](/faq) and security@acme.example.',
      '',
      '## Setup & limits',
      '',
      '<Table caption="Limits">',
      '',
      '| Endpoint | Limit |',
      '| --- | --- |',
      '| API | <Badge tone="success">100/s</Badge> |',
      '',
      '</Table>',
      '',
      '### Setup and limits',
      '',
      '<CertificationCard id="iso-27001" />',
      '',
      '<CertificationCard id="iso-27018" />',
      '',
      '## Questions',
      '',
      '<Accordion>',
      '',
      '<FaqItem id="faq-example" question="Is this an example?">',
      '',
      'Yes, with a word like zebra.',
      '',
      '</FaqItem>',
      '',
      '</Accordion>',
    ].join('\n'),
  );

  it('outlines headings with stable ids, FAQ entries, links and data references', async () => {
    const compiled = await compilePage(valid, FILE);
    expect(compiled.frontmatter).toMatchObject({ title: 'Example', order: 1, lastReviewed: '2026-11-01' });
    expect(compiled.headings).toEqual([
      { depth: 2, text: 'Setup & limits', id: 'setup-and-limits' },
      { depth: 3, text: 'Setup and limits', id: 'setup-and-limits-2' },
      { depth: 2, text: 'Questions', id: 'questions' },
    ]);
    expect(compiled.faqs).toEqual([
      expect.objectContaining({
        id: 'faq-example',
        question: 'Is this an example?',
        text: 'Yes, with a word like zebra.',
        theme: 'Questions',
      }),
    ]);
    expect(compiled.links.map((l) => l.url)).toEqual(['/faq', 'mailto:security@acme.example']);
    expect(compiled.refs.map((r) => `${r.component}:${r.id}`)).toEqual([
      'CertificationCard:iso-27001',
      'CertificationCard:iso-27018',
    ]);
    expect(compiled.sections.find((s) => s.id === 'setup-and-limits')?.text).toContain('API · 100/s');
  });

  it('renders with the given components only: ids on headings, captions on tables, cards grouped', async () => {
    const compiled = await compilePage(valid, FILE);
    const stub = (name: string) => {
      const Stub = (props: { children?: ReactNode; id?: string }) =>
        createElement('x-' + name.toLowerCase(), { 'data-id': props.id }, props.children);
      Stub.displayName = name;
      return Stub;
    };
    const components = {
      ...Object.fromEntries(['Accordion', 'Badge', 'CertificationCard', 'CertificationGrid'].map((n) => [n, stub(n)])),
      FaqItem: (p: { id: string; question: string; children?: ReactNode }) =>
        createElement('details', { id: p.id }, createElement('summary', null, p.question), p.children),
      table: (p: { children?: ReactNode; 'data-caption'?: string }) =>
        createElement('table', null, createElement('caption', null, p['data-caption']), p.children),
    };
    const mdx = new Function('React', 'ReactDOM', '_jsx_runtime', compiled.code)({}, {}, runtime) as {
      default: (p: { components: object }) => ReactNode;
    };
    const html = renderToStaticMarkup(createElement(mdx.default, { components }));
    expect(html).toContain('<h2 id="setup-and-limits">Setup &amp; limits</h2>');
    expect(html).toContain('<h3 id="setup-and-limits-2">');
    expect(html).toContain('<caption>Limits</caption>');
    expect(html).toContain(
      '<x-certificationgrid><x-certificationcard data-id="iso-27001"></x-certificationcard><x-certificationcard data-id="iso-27018">',
    );
    expect(html).toContain('<a href="mailto:security@acme.example">security@acme.example</a>');
    expect(html).toContain('<details id="faq-example"><summary>Is this an example?</summary>');
  });

  it('fails loudly when a page uses a component the renderer does not provide', async () => {
    const compiled = await compilePage(page('<Badge tone="neutral">x</Badge>'), FILE);
    const mdx = new Function('React', 'ReactDOM', '_jsx_runtime', compiled.code)({}, {}, runtime) as {
      default: (p: { components: object }) => ReactNode;
    };
    expect(() => renderToStaticMarkup(createElement(mdx.default, { components: {} }))).toThrow(/Badge/);
  });
});
