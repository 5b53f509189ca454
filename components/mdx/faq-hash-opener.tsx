'use client';

import { useEffect } from 'react';

/**
 * Opens the FAQ answer a link points to (/faq#faq-data-location), on arrival and when the fragment
 * changes, and scrolls it into view; opens every <details> while printing. Rendered once per page.
 */
export function FaqHashOpener() {
  useEffect(() => {
    function open() {
      const id = decodeURIComponent(location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (target instanceof HTMLDetailsElement && !target.open) {
        target.open = true;
        target.scrollIntoView({ block: 'start' });
      }
    }
    open();
    window.addEventListener('hashchange', open);
    // The print stylesheet cannot open <details>: open all of them while printing.
    const opened: HTMLDetailsElement[] = [];
    const beforePrint = () => {
      for (const d of document.querySelectorAll('details:not([open])')) {
        (d as HTMLDetailsElement).open = true;
        opened.push(d as HTMLDetailsElement);
      }
    };
    const afterPrint = () => opened.splice(0).forEach((d) => (d.open = false));
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('hashchange', open);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, []);
  return null;
}
