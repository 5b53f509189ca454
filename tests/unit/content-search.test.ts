// Search: ranking, matching (all words, prefixes, a typo) and highlighted snippets, on a small fixed
// index and on the real content.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchDoc, type SearchHit } from '@/lib/content/search';
import { snippetOf, type Segment } from '@/lib/content/snippet';
import { getSite } from '@/lib/content/site';

const doc = (d: Partial<SearchDoc> & Pick<SearchDoc, 'id' | 'text'>): SearchDoc => ({
  kind: 'page',
  url: d.id,
  pageTitle: 'Page',
  sectionTitle: 'Section',
  heading: null,
  ...d,
});

const DOCS: SearchDoc[] = [
  doc({
    id: '/infra#encryption',
    pageTitle: 'Infrastructure',
    heading: 'Encryption',
    text: 'All data is stored on encrypted disks with keys held in HSMs.',
  }),
  doc({
    id: '/infra#backups',
    pageTitle: 'Infrastructure',
    heading: 'Backups',
    text: 'Backups are taken hourly. Encryption of backups uses a separate key.',
  }),
  doc({
    id: '/faq#faq-sms',
    kind: 'faq',
    pageTitle: 'Security FAQ',
    heading: 'Why no SMS codes?',
    text: 'Codes sent by SMS can be stolen through SIM swapping and number porting fraud.',
  }),
  doc({
    id: '/dpa',
    pageTitle: 'Data processing agreement',
    text: 'The agreement covers sub-processors, audits and deletion of personal data.',
  }),
];

const marked = (segments: Segment[]) => segments.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('');
const urls = (hits: SearchHit[]) => hits.map((h) => h.url);

describe('search index', () => {
  const index = buildSearchIndex(DOCS);

  it('finds a FAQ answer by a word that appears only in its body', () => {
    const [hit] = index.search('porting');
    expect(hit).toMatchObject({ url: '/faq#faq-sms', kind: 'faq', sectionTitle: 'Section' });
    expect(marked(hit!.title)).toBe('Why no SMS codes?');
    expect(marked(hit!.snippet)).toBe(
      'Codes sent by SMS can be stolen through SIM swapping and number [porting] fraud.',
    );
  });

  it('ranks a match in the heading above a match in the body', () => {
    expect(urls(index.search('encryption')).slice(0, 2)).toEqual(['/infra#encryption', '/infra#backups']);
  });

  it('matches prefixes and forgives a typo in longer words', () => {
    expect(urls(index.search('encrypt'))).toContain('/infra#encryption');
    expect(urls(index.search('procesors'))).toEqual(['/dpa']);
  });

  it('needs every word to match, and falls back to any word rather than nothing', () => {
    expect(urls(index.search('backups key'))).toEqual(['/infra#backups']);
    expect(urls(index.search('backups zebra'))).toEqual(['/infra#backups']);
  });

  it('ignores stop words and empty queries', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('the and of')).toEqual([]);
    expect(urls(index.search('what is the agreement'))).toEqual(['/dpa']);
  });

  it('titles page sections "Page › Heading" and highlights the matched words there too', () => {
    const [hit] = index.search('backups');
    expect(marked(hit!.title)).toBe('Infrastructure › [Backups]');
    expect(marked(hit!.snippet)).toBe('[Backups] are taken hourly. Encryption of [backups] uses a separate key.');
  });
});

describe('snippets', () => {
  const long = `${'Lorem ipsum dolor sit amet. '.repeat(20)}The retention of delivery events is 30 days by default, and retention can be changed. ${'Consectetur adipiscing elit. '.repeat(20)}`;

  it('cut the passage with the most matches out of a long text, at word boundaries, with ellipses', () => {
    const text = marked(snippetOf(long, new Set(['retention'])));
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text).toContain('The [retention] of delivery events is 30 days by default, and [retention] can be changed.');
    expect(text.length).toBeLessThan(260);
    expect(text).not.toMatch(/… \S*[^\s\w]\w/); // starts at a word
  });

  it('fall back to the start of the text when only the heading matched', () => {
    const text = marked(snippetOf(long, new Set(['nothing-here'])));
    expect(text.startsWith('Lorem ipsum')).toBe(true);
  });

  it('are segments of plain text, so markup in content can never become HTML', () => {
    const segments = snippetOf('Use <script> tags & “quotes” for alert', new Set(['alert']));
    expect(segments).toEqual([
      { text: 'Use <script> tags & “quotes” for ', hit: false },
      { text: 'alert', hit: true },
    ]);
  });
});

describe('search over the real content', () => {
  it('finds the SMS answer of the FAQ by a word from its body, first', async () => {
    const site = await getSite();
    const [first] = site.search.search('porting');
    expect(first).toMatchObject({ url: '/faq#faq-sms-2fa', kind: 'faq' });
  });

  it('indexes every page section and every FAQ entry', async () => {
    const site = await getSite();
    const sections = site.pages.reduce((n, p) => n + p.compiled.sections.length, 0);
    expect(site.search.size).toBe(sections + site.faqCount);
    expect(site.faqCount).toBe(40);
  });

  it('finds the sub-processors page section that points to the live register', async () => {
    const site = await getSite();
    expect(urls(site.search.search('sub-processor register supplier records'))).toContain(
      '/data-protection/subprocessors#current-sub-processors',
    );
  });
});
