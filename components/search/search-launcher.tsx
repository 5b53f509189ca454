'use client';

import Link from 'next/link';
import { useSyncExternalStore, type MouseEvent } from 'react';
import { useTranslations } from 'use-intl';
import { useLocalePath } from '@/components/i18n/intl-client-provider';
import { OPEN_SEARCH_EVENT } from './events';

/**
 * Looks like a search box. Without JavaScript it is a link to the search page; once hydrated it opens
 * the search dialog instead (⌘K / Ctrl-K does the same from anywhere).
 */
const noSubscription = () => () => {};
const isApple = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** One launcher for every screen size: beside the "Menu" on small screens, full width above the sidebar from 64rem. */
export function SearchLauncher() {
  // The server cannot know the platform: it renders "Ctrl K", Apple devices then show "⌘K".
  const apple = useSyncExternalStore(noSubscription, isApple, () => false);
  const t = useTranslations('search');
  const href = useLocalePath();
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    window.dispatchEvent(new CustomEvent(OPEN_SEARCH_EVENT));
  }
  return (
    <Link
      href={href('/search')}
      prefetch={false}
      onClick={onClick}
      aria-keyshortcuts="Control+K Meta+K"
      className="trust-launcher flex items-center gap-2 rounded-md border border-border bg-bg px-3 py-2 text-sm text-fg-muted! no-underline! hover:border-link hover:text-fg!"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        className="h-4 w-4 shrink-0"
      >
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-3.5-3.5" />
      </svg>
      <span className="lg:flex-1">
        {t('launcher')}
        <span className="sr-only">{t('launcherHidden')}</span>
      </span>
      <kbd className="hidden rounded border border-border px-1.5 font-sans text-xs lg:inline" aria-hidden="true">
        {apple ? '⌘K' : 'Ctrl K'}
      </kbd>
    </Link>
  );
}
