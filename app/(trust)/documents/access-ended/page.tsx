import type { Metadata } from 'next';
import Link from 'next/link';
import { PlainPage } from '@/components/documents/plain-page';
import { ViewerLinkForm } from '@/components/documents/viewer-link-form';
import { WithMessages } from '@/components/i18n/with-messages';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  const t = getTranslator(await getRequestLocale(), 'documentFlow.ended');
  return { title: t('title'), robots: { index: false } };
}

// The reasons a refused link can end on (messages documentFlow.ended.reasons); anything else is `invalid`.
const REASONS = ['revoked', 'expired', 'link-expired', 'link-used', 'rate-limited', 'invalid'];

/** The clear page every refused document link ends on. */
export default async function AccessEndedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const key = queryInput(await searchParams).reason ?? '';
  const reason = REASONS.includes(key) ? key : 'invalid';
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'documentFlow.ended');
  return (
    <PlainPage title={t(`reasons.${reason}.title`)}>
      <p role="alert">{t(`reasons.${reason}.text`)}</p>
      <p>
        <Link prefetch={false} href={hrefIn(locale, '/documents/viewer')}>
          {t('yours')}
        </Link>{' '}
        ·{' '}
        <Link prefetch={false} href={hrefIn(locale, '/documents/request')}>
          {t('request')}
        </Link>
      </p>
      {key === 'revoked' || key === 'expired' ? null : (
        <WithMessages namespaces={['documentFlow.form.newLink']}>
          <ViewerLinkForm />
        </WithMessages>
      )}
    </PlainPage>
  );
}
