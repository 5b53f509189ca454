import type { Metadata } from 'next';
import { NoticePageFrame } from '@/components/notices/notice-page-frame';
import { UnsubscribeForm } from '@/components/notices/subscription-forms';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export async function generateMetadata(): Promise<Metadata> {
  const t = getTranslator(await getRequestLocale(), 'notices.unsubscribe');
  return { title: t('title'), robots: { index: false } };
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

// Opening the link changes nothing (mail scanners open links); the button's POST unsubscribes.
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = queryInput(await searchParams);
  const t = getTranslator(await getRequestLocale(), 'notices.unsubscribe');
  return (
    <NoticePageFrame title={t('title')} crumb={t('crumb')} href="/subprocessors/unsubscribe">
      <p className="mt-3 text-lg text-fg-muted">{t('intro')}</p>
      <UnsubscribeForm subscriber={one(params.subscriber)} token={one(params.token)} />
    </NoticePageFrame>
  );
}
