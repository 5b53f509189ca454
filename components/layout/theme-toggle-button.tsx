'use client';

import type { ReactNode } from 'react';
import { THEME_COOKIE } from '@/lib/ui/theme';

/**
 * The theme switch's only JavaScript: flip to the other theme and keep the choice in the cookie the inline
 * theme script reads on the next page. What the button shows and says follows the applied theme in CSS
 * (theme-toggle.tsx), so it is right from the first paint, before and without this script.
 */
export function ThemeToggleButton({ className, children }: { className: string; children: ReactNode }) {
  function toggle() {
    const root = document.documentElement;
    const theme = root.dataset.theme;
    const dark = theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
    const target = dark ? 'light' : 'dark';
    root.dataset.theme = target;
    document.cookie = `${THEME_COOKIE}=${target}; Path=/; Max-Age=31536000; SameSite=Lax`;
  }
  return (
    <button type="button" onClick={toggle} className={className}>
      {children}
    </button>
  );
}
