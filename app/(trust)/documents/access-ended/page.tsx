import type { Metadata } from 'next';
import Link from 'next/link';
import { PlainPage } from '@/components/documents/plain-page';
import { ViewerLinkForm } from '@/components/documents/viewer-link-form';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export const metadata: Metadata = { title: 'Access ended', robots: { index: false } };

const REASONS: Record<string, { title: string; text: string }> = {
  revoked: {
    title: 'Your access was revoked',
    text: 'The vendor has ended your access to these documents. Links you received no longer work. If you still need the documents, request them again.',
  },
  expired: {
    title: 'Your access has ended',
    text: 'The period you were given access for is over. If you still need the documents, request them again.',
  },
  'link-expired': {
    title: 'This download link has expired',
    text: 'Download links work for a few minutes only. Go back to your documents and download again.',
  },
  'link-used': {
    title: 'This link no longer works',
    text: 'The link has expired or was already used. Links in our emails work once; ask for the documents again to get a new one.',
  },
  'rate-limited': { title: 'Too many attempts', text: 'Please wait a few minutes and try again.' },
  invalid: {
    title: 'You are not signed in to any documents',
    text: 'Open the personal link from your email to see your documents, or request access.',
  },
};

/** The clear page every refused document link ends on. */
export default async function AccessEndedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const key = queryInput(await searchParams).reason ?? '';
  const reason = REASONS[key] ?? REASONS.invalid!;
  return (
    <PlainPage title={reason.title}>
      <p role="alert">{reason.text}</p>
      <p>
        <Link prefetch={false} href="/documents/viewer">
          Your documents
        </Link>{' '}
        ·{' '}
        <Link prefetch={false} href="/documents/request">
          Request documents
        </Link>
      </p>
      {key === 'revoked' || key === 'expired' ? null : <ViewerLinkForm />}
    </PlainPage>
  );
}
