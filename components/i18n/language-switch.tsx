'use client';

import { usePathname } from 'next/navigation';
import { hasLanguageVersions, localePath, splitLocale } from '@/lib/i18n/paths';
import { useLocaleSettings, usePageLocale } from './locale-context';

/**
 * The header's language switch: the same page in each configured language. Client-side because the
 * header belongs to the root layout, which does not re-render when the visitor navigates; the path is read
 * without its prefix (the server may see the rewritten path, the browser the prefixed one: both give the
 * same page). Plain links, not client navigations: the new language needs a new <html lang>.
 */
export function LanguageSwitch({ names, label }: { names: Record<string, string>; label: string }) {
  const locale = usePageLocale();
  const settings = useLocaleSettings();
  const pathname = usePathname() ?? '/';
  if (settings.locales.length < 2) return null;
  const { path } = splitLocale(pathname, settings);
  // The account console and the studio are in the default language only: no switch to a 404.
  if (!hasLanguageVersions(path)) return null;
  return (
    <nav aria-label={label} className="text-sm">
      <ul className="flex items-center gap-2">
        {settings.locales.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span aria-current="true" className="font-semibold text-fg" lang={l}>
                {names[l] ?? l}
              </span>
            ) : (
              <a href={localePath(l, path, settings)} hrefLang={l} lang={l} className="text-fg hover:underline">
                {names[l] ?? l}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
