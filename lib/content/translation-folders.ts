import { LOCALE_TAG } from '@/lib/i18n/locale-config';

// content/pages/<locale>/ holds a language's translations (issue 18), e.g. content/pages/de/faq/index.mdx,
// below it the same paths as the default language. The one rule for "is this a language folder", used by
// every reader of content/pages: the public site's file loader (lib/content/site.ts), the studio's file
// list, content:import and content:export (lib/studio/translation-file.ts), so a translation is never taken
// for a page of a section called "de" and a section is never taken for a language. A language folder is
// one whether or not CONTENT_LOCALES lists it. Pure, without server-only imports: the scripts use it too.

/** A section as far as this rule needs it: its key and its public path (the overview's is "/"). */
export type SectionPlace = { key: string; path?: string };

/**
 * True for a top-level folder of content/pages that holds translations: named like a language tag
 * (CONTENT_LOCALES's rule) and neither a section's key nor its path ("faq" is three letters too).
 */
export function isTranslationFolder(name: string, sections: Iterable<SectionPlace>): boolean {
  if (!LOCALE_TAG.test(name)) return false;
  for (const s of sections) if (s.key === name || s.path === `/${name}`) return false;
  return true;
}

/** A path relative to content/pages inside a language folder: its language and the rest; null otherwise. */
export function translationFolder(
  relative: string,
  sections: Iterable<SectionPlace>,
): { locale: string; rest: string } | null {
  const [top, ...rest] = relative.replace(/\\/g, '/').split('/');
  if (!rest.length || !isTranslationFolder(top!, sections)) return null;
  return { locale: top!, rest: rest.join('/') };
}
