'use client';

import { useEffect } from 'react';

/**
 * A content page's behaviour beyond its HTML (doc-article-behaviour.ts): the FAQ answer a link points to
 * opens, every <details> opens while printing, and with a list of contents (`tocListId`) the section being
 * read is marked in it. Its code is loaded once the page has hydrated, not with the page's first JavaScript:
 * none of it changes what the page first shows.
 */
export function DocArticleEffects({ tocListId }: { tocListId?: string }) {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let unmounted = false;
    void import('./doc-article-behaviour').then((m) => {
      if (!unmounted) stop = m.startDocArticleBehaviour(tocListId);
    });
    return () => {
      unmounted = true;
      stop?.();
    };
  }, [tocListId]);
  return null;
}
