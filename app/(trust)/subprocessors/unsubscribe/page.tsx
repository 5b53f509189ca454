import type { Metadata } from 'next';
import { NoticePageFrame } from '@/components/notices/notice-page-frame';
import { UnsubscribeForm } from '@/components/notices/subscription-forms';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export const metadata: Metadata = { title: 'Unsubscribe from sub-processor changes', robots: { index: false } };

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

// Opening the link changes nothing (mail scanners open links); the button's POST unsubscribes.
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = queryInput(await searchParams);
  return (
    <NoticePageFrame
      title="Unsubscribe from sub-processor changes"
      crumb="Unsubscribe"
      href="/subprocessors/unsubscribe"
    >
      <p className="mt-3 text-lg text-fg-muted">
        Press the button and we will stop emailing you sub-processor change notices.
      </p>
      <UnsubscribeForm subscriber={one(params.subscriber)} token={one(params.token)} />
    </NoticePageFrame>
  );
}
