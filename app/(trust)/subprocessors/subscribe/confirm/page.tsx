import type { Metadata } from 'next';
import { NoticePageFrame } from '@/components/notices/notice-page-frame';
import { ConfirmSubscriptionForm } from '@/components/notices/subscription-forms';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export async function generateMetadata(): Promise<Metadata> {
  const t = getTranslator(await getRequestLocale(), 'notices.confirm');
  return { title: t('title'), robots: { index: false } };
}

// Opening the link changes nothing (mail scanners open links); the button's POST confirms.
export default async function ConfirmSubscriptionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { token } = queryInput(await searchParams);
  const value = typeof token === 'string' ? token : '';
  const t = getTranslator(await getRequestLocale(), 'notices.confirm');
  return (
    <NoticePageFrame title={t('title')} crumb={t('crumb')} href="/subprocessors/subscribe/confirm">
      <p className="mt-3 text-lg text-fg-muted">{t('intro')}</p>
      <ConfirmSubscriptionForm token={value} />
    </NoticePageFrame>
  );
}
