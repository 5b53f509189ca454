import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { NoticePageFrame } from '@/components/notices/notice-page-frame';
import { SubscribeForm } from '@/components/notices/subscription-forms';
import { getConfig } from '@/lib/config';
import { alternatesFor } from '@/lib/i18n/alternates';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'notices.subscribe');
  return {
    title: t('title'),
    description: t('description'),
    alternates: {
      ...alternatesFor('/subprocessors/subscribe', locale),
      types: {
        'application/atom+xml': '/subprocessors/notices.atom',
        'application/feed+json': '/subprocessors/notices.json',
      },
    },
  };
}

export default async function SubscribePage() {
  const { brand } = getConfig();
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'notices.subscribe');
  const rich = (key: string, tags: Record<string, (chunks: ReactNode) => ReactNode>) =>
    t.rich(key, tags as Record<string, unknown>) as ReactNode;
  return (
    <NoticePageFrame title={t('title')} crumb={t('crumb')} href="/subprocessors/subscribe">
      <p className="mt-3 text-lg text-fg-muted">{t('intro', { brand: brand.name })}</p>
      {/* The page's language: the confirmation email and every notice are sent in it. */}
      <SubscribeForm locale={locale} />
      <p className="mt-4 text-sm text-fg-muted">{t('promise')}</p>
      <h2 className="mt-10 text-xl font-semibold">{t('otherWays')}</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        <li>
          {rich('feeds', {
            atom: (c) => <a href="/subprocessors/notices.atom">{c}</a>,
            json: (c) => <a href="/subprocessors/notices.json">{c}</a>,
          })}
        </li>
        <li>
          {rich('webhooks', {
            link: (c) => (
              <Link prefetch={false} href="/account/webhooks">
                {c}
              </Link>
            ),
          })}
        </li>
        <li>
          {rich('history', {
            link: (c) => (
              <Link prefetch={false} href={hrefIn(locale, '/subprocessors/history')}>
                {c}
              </Link>
            ),
          })}
        </li>
      </ul>
    </NoticePageFrame>
  );
}
