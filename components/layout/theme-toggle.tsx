'use client';

import { useState, useSyncExternalStore } from 'react';
import { parseTheme, THEME_COOKIE, type Theme } from '@/lib/ui/theme';

const query = '(prefers-color-scheme: dark)';
const subscribe = (onChange: () => void) => {
  const mql = window.matchMedia(query);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
};
const systemPrefersDark = () => window.matchMedia(query).matches;
const noSubscription = () => () => {};
// The theme the inline script (lib/ui/theme-script.ts) applied from the cookie before the first paint.
const documentTheme = () => parseTheme(document.documentElement.dataset.theme);

/** Switches between light and dark; the choice is kept in a cookie the inline theme script reads next time. */
export function ThemeToggle() {
  const [picked, setPicked] = useState<Theme | null>(null);
  const applied = useSyncExternalStore(noSubscription, documentTheme, () => null);
  // null on the server: it renders one page for everyone and cannot know which theme the visitor sees.
  const prefersDark = useSyncExternalStore(subscribe, systemPrefersDark, () => null);
  const choice = picked ?? applied;
  const effective =
    choice === null
      ? null
      : choice === 'system'
        ? prefersDark === null
          ? null
          : prefersDark
            ? 'dark'
            : 'light'
        : choice;
  const target = effective === 'dark' ? 'light' : 'dark';

  function toggle() {
    document.documentElement.dataset.theme = target;
    document.cookie = `${THEME_COOKIE}=${target}; Path=/; Max-Age=31536000; SameSite=Lax`;
    setPicked(target);
  }

  return (
    <button
      type="button"
      onClick={toggle}
      className="rounded-md border border-border px-2.5 py-1.5 text-sm text-fg hover:bg-bg-subtle"
      aria-label={`Switch to ${target} theme`}
      title={`Switch to ${target} theme`}
    >
      <span aria-hidden="true">{effective === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
