'use client';

import { useEffect } from 'react';

/**
 * Inside the editor's preview frame, links leave the frame (a new tab): the public pages they lead to
 * refuse to be framed. Links within the page (#…) keep working in place.
 */
export function PreviewLinks() {
  useEffect(() => {
    if (window.top === window) return;
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin === window.location.origin && url.pathname === window.location.pathname && url.hash) return;
      event.preventDefault();
      window.open(url.href, '_blank', 'noopener');
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);
  return null;
}
