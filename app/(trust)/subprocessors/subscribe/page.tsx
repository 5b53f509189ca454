import type { Metadata } from 'next';
import Link from 'next/link';
import { NoticePageFrame } from '@/components/notices/notice-page-frame';
import { SubscribeForm } from '@/components/notices/subscription-forms';
import { getConfig } from '@/lib/config';

export const metadata: Metadata = {
  title: 'Subscribe to sub-processor changes',
  description: 'Get an email, a feed entry or a webhook whenever the list of sub-processors changes.',
  alternates: {
    canonical: '/subprocessors/subscribe',
    types: {
      'application/atom+xml': '/subprocessors/notices.atom',
      'application/feed+json': '/subprocessors/notices.json',
    },
  },
};

export default function SubscribePage() {
  const { brand } = getConfig();
  return (
    <NoticePageFrame title="Subscribe to sub-processor changes" crumb="Subscribe" href="/subprocessors/subscribe">
      <p className="mt-3 text-lg text-fg-muted">
        Before {brand.name} adds or replaces a sub-processor, we publish a notice with what changes, the date it takes
        effect and until when customers can object. Get each notice by email — no account needed.
      </p>
      <SubscribeForm />
      <p className="mt-4 text-sm text-fg-muted">
        We send a confirmation link first; nothing else arrives until you confirm. Every notice has an unsubscribe link,
        and we use the address for nothing else.
      </p>
      <h2 className="mt-10 text-xl font-semibold">Other ways to follow changes</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        <li>
          Feeds for your reader or automation: <a href="/subprocessors/notices.atom">Atom feed</a> and{' '}
          <a href="/subprocessors/notices.json">JSON feed</a>.
        </li>
        <li>
          Signed webhooks to your systems: an administrator of a customer account can register them under{' '}
          <Link prefetch={false} href="/account/webhooks">
            Account › Webhooks
          </Link>
          .
        </li>
        <li>
          The full history of changes:{' '}
          <Link prefetch={false} href="/subprocessors/history">
            Sub-processor history
          </Link>
          .
        </li>
      </ul>
    </NoticePageFrame>
  );
}
