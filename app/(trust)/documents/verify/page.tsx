import type { Metadata } from 'next';
import { PlainPage } from '@/components/documents/plain-page';
import { Button } from '@/components/ui/button';
import { verifyEmailAction } from '../actions';
import { queryInput, type SearchParams } from '@/lib/validation/input';

// The token in this URL goes to no other site; 'no-referrer' would also make the form's POST carry
// `Origin: null`, which the origin gate (lib/http/origin-gate.mjs) refuses.
export const metadata: Metadata = { title: 'Confirm your email', robots: { index: false }, referrer: 'same-origin' };

// The link only shows a button: opening it (a mail scanner, a preview) changes nothing; the click does.
export default async function VerifyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = queryInput(await searchParams).token ?? '';
  return (
    <PlainPage title="Confirm your email address">
      <p>Confirm that this is your email address to send your request for documents.</p>
      <form action={verifyEmailAction}>
        <input type="hidden" name="token" value={token} />
        <Button type="submit">Confirm my email address</Button>
      </form>
    </PlainPage>
  );
}
