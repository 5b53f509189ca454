// Dates in the page's language, always UTC so the server-rendered text matches what the client hydrates.
// English keeps the en-GB style the site always had ("21 November 2026"); other languages use their own.
const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function cached(map: Map<string, Intl.DateTimeFormat>, locale: string, options: Intl.DateTimeFormatOptions) {
  let f = map.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), options);
    map.set(locale, f);
  }
  return f;
}

/** "2026-11-21" or a Date → "21 November 2026" (de: "21. November 2026"). */
export function formatDate(value: string | Date, locale = 'en'): string {
  const f = cached(dateFormats, locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return f.format(typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value);
}

/** "21 Nov 2026, 14:05 UTC". */
export function formatDateTime(value: string | Date, locale = 'en'): string {
  const f = cached(dateTimeFormats, locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
  return f.format(typeof value === 'string' ? new Date(value) : value);
}

/** A country's name in the page's language ("DE" → "Germany" / "Deutschland"); the code when unknown. */
export function countryName(code: string, locale = 'en'): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
