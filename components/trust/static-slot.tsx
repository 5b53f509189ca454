'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { enhanceStaticHtml } from './static-enhance';

const REGISTRY = Symbol.for('trust-center.static-slots');
/** HTML of the parts this document arrived with, kept for when the router shows its page again. */
const arrived = new Map<string, string>();

function serverHtml(id: string): string {
  const registry = (globalThis as { [REGISTRY]?: Map<string, Map<string, string>> })[REGISTRY];
  for (const parts of registry?.values() ?? []) {
    const html = parts.get(id);
    if (html !== undefined) return html;
  }
  return '';
}

function browserHtml(id: string): string | null {
  const known = arrived.get(id);
  if (known !== undefined) return known;
  const element = document.querySelector(`[data-static-slot="${CSS.escape(id)}"]`);
  if (!element) return null;
  arrived.set(id, element.innerHTML);
  return element.innerHTML;
}

/**
 * A part a cached page sent as HTML only (components/trust/static-html.tsx). On the server its HTML comes
 * from server.mjs's first render; in the browser it is the HTML the document arrived with, which React
 * keeps as it is. Its interactive bits work through one delegated listener (static-enhance.ts), since
 * React does not own them.
 */
export function StaticSlot({ id, className }: { id: string; className?: string }) {
  const [html] = useState(() => (typeof window === 'undefined' ? serverHtml(id) : browserHtml(id)));
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  useEffect(() => {
    // Not expected (the page's own document carries the HTML): load the page in full rather than show a gap.
    if (html === null) {
      location.reload();
      return;
    }
    return ref.current ? enhanceStaticHtml(ref.current, (href) => router.push(href)) : undefined;
  }, [html, router]);
  return (
    <div
      ref={ref}
      data-static-slot={id}
      className={className}
      dangerouslySetInnerHTML={{ __html: html ?? '' }}
      suppressHydrationWarning
    />
  );
}

/** A part rendered by React as usual (client-side navigation, signed-in pages): the same listeners. */
export function EnhancedHtml({ id, className, children }: { id: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  useEffect(() => (ref.current ? enhanceStaticHtml(ref.current, (href) => router.push(href)) : undefined), [router]);
  return (
    <div ref={ref} data-static-slot={id} className={className}>
      {children}
    </div>
  );
}
