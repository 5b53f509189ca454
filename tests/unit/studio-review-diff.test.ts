import { describe, expect, it } from 'vitest';
import { renderedText } from '@/app/(studio)/studio/reviews/rendered-text';
import { renderedBlocks } from '@/components/studio/diff-views';

const page = (body: string) => `---
title: "Data processing agreement"
description: "What the DPA covers and how to sign it."
section: data-protection
order: 3
lastReviewed: "2026-10-15"
owner: "Privacy Office"
---

${body}
`;

describe('studio review: what prospects read, and what changed in it', () => {
  it('renders the title, description, headings, prose, callouts and data components as text blocks', () => {
    const text = renderedText(
      page(
        'Intro with **bold** text.\n\n## Signing\n\n<Callout type="note" title="Heads up">\n\nSign online.\n\n</Callout>\n\n<DocumentLink id="dpa" />',
      ),
    );
    expect(text?.split('\n\n')).toEqual([
      '# Data processing agreement',
      'What the DPA covers and how to sign it.',
      'Intro with bold text.',
      '## Signing',
      'Heads up\nSign online.',
      '[Document: dpa]',
    ]);
  });

  it('answers null for a source that does not parse, so the page falls back to the source diff', () => {
    expect(renderedText(page('A { broken'))).toBeNull();
  });

  it('folds unchanged paragraphs and pairs a changed paragraph with its old version', () => {
    const before = ['A', 'B', 'C', 'D', 'E', 'Old sentence.'].join('\n\n');
    const after = ['A', 'B', 'C', 'D', 'E', 'New sentence.', 'Added.'].join('\n\n');
    expect(renderedBlocks(before, after)).toEqual([
      { kind: 'gap', count: 4 },
      { kind: 'same', text: 'E' },
      { kind: 'changed', before: 'Old sentence.', after: 'New sentence.' },
      { kind: 'changed', before: null, after: 'Added.' },
    ]);
  });
});
