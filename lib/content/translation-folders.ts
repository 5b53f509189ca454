// content/pages/<locale>/ holds a language's translations (issue 18), e.g. content/pages/de/faq/index.mdx.
// Until the language mechanism reads them, every reader of the default language's page tree (the file
// loader, the studio's file list, content:import and content:export) passes over those folders, so a
// translation is never taken for an English page of a section called "de". Pure: the scripts use it too.

/** A language tag as CONTENT_LOCALES accepts it: de, fr, pt-BR. */
const LOCALE_FOLDER = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

/**
 * True for a top-level folder of content/pages that holds translations: named like a language tag and
 * not a section key (the section "faq" is three letters too).
 */
export function isTranslationFolder(name: string, sectionKeys: Iterable<string>): boolean {
  return LOCALE_FOLDER.test(name) && ![...sectionKeys].includes(name);
}
