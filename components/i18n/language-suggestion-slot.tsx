'use client';

import { lazy, Suspense, useSyncExternalStore } from 'react';
import type { SuggestionText } from './language-suggestion';

// The suggestion is decided in the browser after the page has loaded and the server renders nothing for
// it, so its code is loaded then too rather than with every page's first JavaScript.
const LanguageSuggestion = lazy(() => import('./language-suggestion').then((m) => ({ default: m.LanguageSuggestion })));
const noSubscription = () => () => {};

export function LanguageSuggestionSlot({ texts }: { texts: Record<string, SuggestionText> }) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return hydrated ? (
    <Suspense fallback={null}>
      <LanguageSuggestion texts={texts} />
    </Suspense>
  ) : null;
}
