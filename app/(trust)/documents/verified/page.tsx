import type { Metadata } from 'next';
import Link from 'next/link';
import { PlainPage } from '@/components/documents/plain-page';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  const t = getTranslator(await getRequestLocale(), 'documentFlow.verified');
  return { title: t('title'), robots: { index: false } };
}

export default async function VerifiedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const approved = queryInput(await searchParams).status === 'approved';
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'documentFlow.verified');
  return (
    <PlainPage title={t('heading')}>
      {approved ? <p role="status">{t('approved')}</p> : <p role="status">{t('pending')}</p>}
      <p>
        <Link prefetch={false} href={hrefIn(locale, '/documents')}>
          {t('back')}
        </Link>
      </p>
    </PlainPage>
  );
}
