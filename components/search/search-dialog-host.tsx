'use client';

import { lazy, Suspense, useEffect, useState } from 'react';

// The dialog's code (and use-intl with it) is loaded the first time someone opens it, not with every page.
const SearchDialog = lazy(() => import('./search-dialog'));

const isApple = () => /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Opens the search dialog on ⌘K / Ctrl-K and on a plain click on a search launcher (search-launcher.tsx,
 * a server-rendered link to the search page, which a modified click still opens).
 * `messages`: the dialog's texts, compiled; they travel in the page's payload, the code that reads them does not.
 */
export function SearchDialogHost({ messages }: { messages: Record<string, unknown> }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (isApple()) for (const kbd of document.querySelectorAll('[data-search-shortcut]')) kbd.textContent = '⌘K';
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      }
    };
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
      if (!(e.target instanceof Element) || !e.target.closest('a[data-search-launcher]')) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, []);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <SearchDialog messages={messages} onClose={() => setOpen(false)} />
    </Suspense>
  );
}
