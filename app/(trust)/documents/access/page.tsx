import type { Metadata } from 'next';
import { PlainPage } from '@/components/documents/plain-page';
import { Button } from '@/components/ui/button';
import { openViewerAction } from '../actions';
import { queryInput, type SearchParams } from '@/lib/validation/input';

// The token in this URL goes to no other site; 'no-referrer' would also make the form's POST carry
// `Origin: null`, which the origin gate (lib/http/origin-gate.mjs) refuses.
export const metadata: Metadata = { title: 'Open your documents', robots: { index: false }, referrer: 'same-origin' };

// The magic link works once: the click (not the page view) exchanges it for a viewer session cookie.
export default async function AccessPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = queryInput(await searchParams).token ?? '';
  return (
    <PlainPage title="Open your documents">
      <p>This personal link works once, in this browser. Your documents stay available here until your access ends.</p>
      <form action={openViewerAction}>
        <input type="hidden" name="token" value={token} />
        <Button type="submit">Open the documents</Button>
      </form>
    </PlainPage>
  );
}
