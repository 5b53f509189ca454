import type { Metadata } from 'next';
import { NoticePageFrame } from '@/components/notices/notice-page-frame';
import { ConfirmSubscriptionForm } from '@/components/notices/subscription-forms';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export const metadata: Metadata = { title: 'Confirm your subscription', robots: { index: false } };

// Opening the link changes nothing (mail scanners open links); the button's POST confirms.
export default async function ConfirmSubscriptionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { token } = queryInput(await searchParams);
  const value = typeof token === 'string' ? token : '';
  return (
    <NoticePageFrame
      title="Confirm your subscription"
      crumb="Confirm subscription"
      href="/subprocessors/subscribe/confirm"
    >
      <p className="mt-3 text-lg text-fg-muted">
        Press the button to start receiving sub-processor change notices at your address.
      </p>
      <ConfirmSubscriptionForm token={value} />
    </NoticePageFrame>
  );
}
