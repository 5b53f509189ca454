import { describe, expect, it } from 'vitest';
import { readFormFields, writeFormField } from '@/components/studio/frontmatter-fields';
import { blockInsertion, SNIPPETS } from '@/components/studio/snippets';
import { readFrontmatter } from '@/lib/content/frontmatter';
import { checkPage } from '@/lib/content/compile-page';
import { COMPONENT_SPECS } from '@/lib/content/mdx-components-spec';

const PAGE = `---
title: "Data processing agreement"
description: 'What the DPA covers.'
section: data-protection
order: 3
lastReviewed: "2026-10-15"
owner: Privacy Office
---

Body text.
`;

describe('studio frontmatter form', () => {
  it('reads double-quoted, single-quoted and bare values', () => {
    expect(readFormFields(PAGE)).toEqual({
      title: 'Data processing agreement',
      description: 'What the DPA covers.',
      owner: 'Privacy Office',
      lastReviewed: '2026-10-15',
    });
  });

  it('rewrites only the edited line, quoting so the compiler still reads it', () => {
    const next = writeFormField(PAGE, 'title', 'The "DPA": what it covers');
    expect(next.split('\n').filter((l, i) => l !== PAGE.split('\n')[i])).toEqual([
      'title: "The \\"DPA\\": what it covers"',
    ]);
    const fm = readFrontmatter(next);
    expect(fm.ok && fm.data.title).toBe('The "DPA": what it covers');
    expect(readFormFields(next).title).toBe('The "DPA": what it covers');
  });

  it('adds a missing field before the closing fence and never lets a newline into the block', () => {
    const without = PAGE.replace('owner: Privacy Office\n', '');
    const next = writeFormField(without, 'owner', 'Legal\n---\nsneaky: 1');
    expect(readFormFields(next).owner).toBe('Legal --- sneaky: 1');
    expect(next.split('\n').filter((l) => l === '---')).toHaveLength(2);
  });

  it('leaves a source without frontmatter alone', () => {
    expect(writeFormField('no frontmatter', 'title', 'x')).toBe('no frontmatter');
  });
});

describe('studio component palette', () => {
  it('offers only real components, and every block snippet compiles in a page', () => {
    for (const snippet of SNIPPETS) {
      expect(Object.keys(COMPONENT_SPECS)).toContain(snippet.component);
      const source = PAGE.replace('Body text.\n', `Body text.${blockInsertion('Body text.', 10, snippet)}\n`);
      expect(() => checkPage(source, 'test.mdx'), snippet.id).not.toThrow();
    }
  });

  it('puts block snippets in their own paragraph, inline ones in place', () => {
    const callout = SNIPPETS.find((s) => s.id === 'callout')!;
    expect(blockInsertion('abc\ndef', 3, callout)).toBe(`\n\n${callout.text}\n`);
    expect(blockInsertion('', 0, callout)).toBe(`${callout.text}\n\n`);
    const badge = SNIPPETS.find((s) => s.id === 'badge')!;
    expect(blockInsertion('abc def', 4, badge)).toBe(badge.text);
  });
});
