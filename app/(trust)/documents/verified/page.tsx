import type { Metadata } from 'next';
import Link from 'next/link';
import { PlainPage } from '@/components/documents/plain-page';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export const metadata: Metadata = { title: 'Email confirmed', robots: { index: false } };

export default async function VerifiedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const approved = queryInput(await searchParams).status === 'approved';
  return (
    <PlainPage title="Thank you, your email is confirmed">
      {approved ? (
        <p role="status">Your access was granted. We sent you an email with a personal link to open the documents.</p>
      ) : (
        <p role="status">
          Your request is with our team now. You will receive an email with a personal link as soon as it is approved.
        </p>
      )}
      <p>
        <Link prefetch={false} href="/documents">
          Back to the documents
        </Link>
      </p>
    </PlainPage>
  );
}
