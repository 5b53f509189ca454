// Which languages the trust center publishes (CONTENT_LOCALES, first = default). Pure and free of
// server-only imports: lib/config parses it at start-up, proxy.ts reads it on every request to route a
// language prefix, and both must agree, so the rule lives here once.

/** A language tag as we accept it: `de`, `fr`, `pt-BR` (lowercase language, optional uppercase region). */
export const LOCALE_TAG = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

/** Splits and checks a CONTENT_LOCALES value; returns the problem instead of throwing. */
export function parseLocaleList(raw: string): { ok: true; locales: string[] } | { ok: false; message: string } {
  const locales = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!locales.length) return { ok: false, message: 'must list at least one language, such as "en,de"' };
  const bad = locales.find((l) => !LOCALE_TAG.test(l));
  if (bad) return { ok: false, message: `"${bad}" is not a language tag such as en, de or pt-BR` };
  if (new Set(locales).size !== locales.length) return { ok: false, message: 'lists a language twice' };
  return { ok: true, locales };
}

const truthy = (v: string) => ['true', '1', 'yes'].includes(v);

/**
 * The configured languages. Unset: `en,de` when the demo data is on (the demo shows the German pages),
 * `en` otherwise — a production trust center publishes a language only when someone has decided to.
 */
export function resolveContentLocales(env: {
  CONTENT_LOCALES?: string | undefined;
  DEMO_DATA?: string | undefined;
  DATABASE_URL?: string | undefined;
}): string[] {
  const raw = env.CONTENT_LOCALES?.trim();
  if (raw) {
    const parsed = parseLocaleList(raw);
    if (parsed.ok) return parsed.locales;
  }
  const demo = env.DEMO_DATA?.trim() ? truthy(env.DEMO_DATA.trim()) : !env.DATABASE_URL?.trim();
  return demo ? ['en', 'de'] : ['en'];
}
