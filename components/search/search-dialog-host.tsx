'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import { OPEN_SEARCH_EVENT } from './events';

// The dialog's code is loaded the first time someone opens it, not with every page.
const SearchDialog = lazy(() => import('./search-dialog'));

/** Listens for ⌘K / Ctrl-K and the launchers' event; renders the search dialog when asked. */
export function SearchDialogHost() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      }
    };
    const onOpen = () => setOpen(true);
    window.addEventListener('keydown', onKey);
    window.addEventListener(OPEN_SEARCH_EVENT, onOpen);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(OPEN_SEARCH_EVENT, onOpen);
    };
  }, []);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <SearchDialog onClose={() => setOpen(false)} />
    </Suspense>
  );
}
