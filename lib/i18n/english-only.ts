// Namespaces written only in English for now: the account console and the studio (issue 18 keeps them
// English, but their strings live in the catalogue so a later language is a new file, not code). The
// completeness test does not ask other languages for these; English fallback fills them in.
export const ENGLISH_ONLY_NAMESPACES: readonly string[] = ['account', 'studio'];

export function isEnglishOnlyKey(key: string): boolean {
  return ENGLISH_ONLY_NAMESPACES.some((ns) => key === ns || key.startsWith(`${ns}.`));
}
