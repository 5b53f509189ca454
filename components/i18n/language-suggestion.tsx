'use client';

import { usePathname } from 'next/navigation';
import { useState, useSyncExternalStore } from 'react';
import { localePath, splitLocale } from '@/lib/i18n/paths';
import { useLocaleSettings, usePageLocale } from './locale-context';

export interface SuggestionText {
  text: string;
  link: string;
  dismiss: string;
}

const DISMISSED = 'tc-language-suggestion-dismissed';
const noSubscription = () => () => {};
const browserLanguages = () => (navigator.languages?.length ? navigator.languages : [navigator.language]).join(',');
function wasDismissed(): boolean {
  try {
    return Boolean(localStorage.getItem(DISMISSED));
  } catch {
    return false; // storage blocked: suggest anyway; dismissing then lasts for this page only
  }
}
const CONSOLE = /^\/(?:studio|account|setup)(?:\/|$)/;

/** The first configured language the browser prefers, if it is not the page's (matched on the language subtag). */
function preferred(languages: readonly string[], locales: readonly string[], current: string): string | null {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    const match =
      locales.find((l) => l.toLowerCase() === tag.toLowerCase()) ?? locales.find((l) => l.split('-')[0] === base);
    if (match) return match === current ? null : match;
  }
  return null;
}

/**
 * Accept-Language as a visible suggestion only (issue 18): never a redirect, which would hide pages from
 * crawlers, and never on the server, which would make a cached page depend on a request header. The
 * browser's languages are read here after the page has loaded; the suggestion is written in the language
 * it suggests, and "Dismiss" is remembered in this browser (no cookie).
 */
export function LanguageSuggestion({ texts }: { texts: Record<string, SuggestionText> }) {
  const locale = usePageLocale();
  const settings = useLocaleSettings();
  const pathname = usePathname() ?? '/';
  const { path } = splitLocale(pathname, settings);
  // Read in the browser only (the server snapshot shows nothing, so the cached HTML has no suggestion).
  const languages = useSyncExternalStore(noSubscription, browserLanguages, () => '');
  const dismissedBefore = useSyncExternalStore(noSubscription, wasDismissed, () => true);
  const [dismissed, setDismissed] = useState(false);
  const target =
    !languages || dismissedBefore || dismissed || CONSOLE.test(path)
      ? null
      : preferred(languages.split(','), settings.locales, locale);

  const text = target ? texts[target] : undefined;
  if (!target || !text) return null;
  return (
    <div role="region" aria-label={text.text} lang={target} className="no-print border-b border-border bg-bg-subtle">
      <p className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 text-sm">
        <span>{text.text}</span>
        <a href={localePath(target, path, settings)} hrefLang={target} className="font-medium">
          {text.link}
        </a>
        <button
          type="button"
          className="ml-auto rounded-md border border-border px-2 py-0.5 text-xs text-fg-muted hover:text-fg"
          onClick={() => {
            try {
              localStorage.setItem(DISMISSED, '1');
            } catch {
              // see above
            }
            setDismissed(true);
          }}
        >
          {text.dismiss}
        </button>
      </p>
    </div>
  );
}
