// Issue 18: translations as files — the language folder, `translatedFrom` out of the text and back in
// byte for byte, and the link-target comparison that keeps a translation's links those of its source.
import { describe, expect, it } from 'vitest';
import { translationFolder } from '@/lib/content/translation-folders';
import { linkTargetProblem, linkTargets, readTranslatedFrom, withTranslatedFrom } from '@/lib/studio/translation-file';

const SECTIONS = [
  { key: 'overview', path: '/' },
  { key: 'faq', path: '/faq' },
  { key: 'data-protection', path: '/data-protection' },
];
const FILE = '---\ntitle: "AVV"\nsection: data-protection\norder: 3\ntranslatedFrom: 4\n---\n\nText.\n';

describe('translation files', () => {
  it('finds the language folder, not a section named like a language', () => {
    expect(translationFolder('de/data-protection/subprocessors.mdx', SECTIONS)).toEqual({
      locale: 'de',
      rest: 'data-protection/subprocessors.mdx',
    });
    expect(translationFolder('pt-BR/index.mdx', SECTIONS)).toEqual({ locale: 'pt-BR', rest: 'index.mdx' });
    expect(translationFolder('faq/index.mdx', SECTIONS)).toBeNull();
    expect(translationFolder('index.mdx', SECTIONS)).toBeNull();
  });

  it('takes translatedFrom out of the text and writes it back as the last frontmatter line, byte for byte', () => {
    const read = readTranslatedFrom(FILE);
    expect(read).toEqual({
      source: '---\ntitle: "AVV"\nsection: data-protection\norder: 3\n---\n\nText.\n',
      translatedFrom: 4,
    });
    expect(withTranslatedFrom(read.source, 4)).toBe(FILE);
    const crlf = FILE.replace(/\n/g, '\r\n');
    expect(withTranslatedFrom(readTranslatedFrom(crlf).source, 4)).toBe(crlf);
    expect(readTranslatedFrom(FILE.replace('4', 'four')).translatedFrom).toBeNaN();
    expect(readTranslatedFrom('---\ntitle: x\n---\ntranslatedFrom: 2\n')).toEqual({
      source: '---\ntitle: x\n---\ntranslatedFrom: 2\n',
      translatedFrom: null,
    });
  });

  it('compares the pages linked to, ignoring anchors, queries and links within the page', () => {
    const source = linkTargets({ links: [{ url: '/faq#a' }, { url: '/documents?x=1' }, { url: '#local' }] });
    expect([...source].sort()).toEqual(['/documents', '/faq']);
    expect(
      linkTargetProblem(linkTargets({ links: [{ url: '/faq#b' }, { url: '/documents/' }] }), source, 3),
    ).toBeNull();
    expect(linkTargetProblem(linkTargets({ links: [{ url: '/faq' }, { url: '/changelog' }] }), source, 3)).toBe(
      'A translation must link to the same pages as its source (revision 3). Missing: /documents. Not in the source: /changelog.',
    );
  });
});
