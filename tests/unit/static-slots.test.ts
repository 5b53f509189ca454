import { describe, expect, it } from 'vitest';
import { extractSlots, registeredSlot, slotsRendered, withSlots, withoutEndMarks } from '@/lib/http/static-slots.mjs';

// Issue 16, lighter pages: the parts a cached page sends once, as HTML (lib/http/static-slots.mjs).

const marker = 'b'.repeat(48);
const page = (body: string, nav = '<ul><li><a href="/faq">FAQ</a></li></ul>') =>
  `<html><body><nav><div data-static-slot="nav-1">${nav}<template data-static-slot-end="nav-1"></template></div></nav>` +
  `<main><div data-static-slot="body-2" class="trust-prose mt-2">${body}<template data-static-slot-end="body-2"></template></div></main>` +
  `<script nonce="${marker}">self.__next_f.push([1,"…"])</script></body></html>`;

describe('static slots', () => {
  it('cuts out every part between its start tag and its end mark', () => {
    const slots = extractSlots(page('<h2 id="a">A</h2><div><p>Text &gt; more</p></div>'), marker);
    expect(slots).toEqual(
      new Map([
        ['nav-1', '<ul><li><a href="/faq">FAQ</a></li></ul>'],
        ['body-2', '<h2 id="a">A</h2><div><p>Text &gt; more</p></div>'],
      ]),
    );
  });

  it('refuses a page whose parts look wrong: the first render is then served as it is', () => {
    expect(extractSlots('<p>no parts</p>', marker)).toBeNull();
    expect(extractSlots(page(`<script nonce="${marker}">x()</script>`), marker)).toBeNull(); // a trusted script inside
    expect(extractSlots('<div>x<template data-static-slot-end="orphan"></template></div>', marker)).toBeNull();
    expect(extractSlots(page('<p>x</p>').replace('body-2"><', 'bad id!"><'), marker)).toBeNull();
  });

  it('registers parts only for the render carrying the marker, and forgets them afterwards', async () => {
    const slots = new Map([['body-2', '<p>x</p>']]);
    const during = await withSlots(marker, slots, async () => registeredSlot(marker, 'body-2'));
    expect(during).toBe('<p>x</p>');
    expect(registeredSlot('c'.repeat(48), 'body-2')).toBeUndefined();
    expect(registeredSlot(marker, 'body-2')).toBeUndefined();
    expect(registeredSlot(null, 'body-2')).toBeUndefined();
  });

  it('accepts a second render only with every part and no end mark', () => {
    const slots = new Map([['body-2', '<p>x</p>']]);
    expect(slotsRendered('<div data-static-slot="body-2"><p>x</p></div>', slots)).toBe(true);
    expect(slotsRendered('<div data-static-slot="body-2"></div>', slots)).toBe(false);
    expect(slotsRendered(page('<p>x</p>'), slots)).toBe(false);
    expect(withoutEndMarks(page('<p>x</p>'))).not.toContain('data-static-slot-end');
  });
});
