import 'server-only';
import crypto from 'node:crypto';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { registeredSlot } from '@/lib/http/static-slots.mjs';
import { EnhancedHtml, StaticSlot } from './static-slot';

/**
 * A part of a public page (the content body, the section navigation) that a cached page sends once, as
 * HTML, rather than twice (lib/http/static-slots.mjs explains the two renders). `id` names the part's
 * content: two renders of the same id must produce the same HTML. Everywhere else (client-side
 * navigation, signed-in pages, TC_PUBLIC_CACHE=off) the children render as usual.
 */
export async function StaticHtml({ id, className, children }: { id: string; className?: string; children: ReactNode }) {
  const marker = (await headers()).get('x-tc-render-nonce');
  if (marker && registeredSlot(marker, id) !== undefined) return <StaticSlot id={id} className={className} />;
  return (
    <EnhancedHtml id={id} className={className}>
      {children}
      {/* The end mark for server.mjs's first render; it cuts the part out of that render's HTML. */}
      {marker ? <template data-static-slot-end={id} /> : null}
    </EnhancedHtml>
  );
}

/** An id for <StaticHtml> that names exactly what a part shows: `prefix` and a hash of everything it renders from. */
export function contentId(prefix: string, ...inputs: unknown[]): string {
  return `${prefix}-${crypto.createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 24)}`;
}
