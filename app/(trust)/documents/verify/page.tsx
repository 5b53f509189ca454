import type { Metadata } from 'next';
import { PlainPage } from '@/components/documents/plain-page';
import { Button } from '@/components/ui/button';
import { verifyEmailAction } from '../actions';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

// The token in this URL goes to no other site; 'no-referrer' would also make the form's POST carry
// `Origin: null`, which the origin gate (lib/http/origin-gate.mjs) refuses.
export async function generateMetadata(): Promise<Metadata> {
  const t = getTranslator(await getRequestLocale(), 'documentFlow.verify');
  return { title: t('title'), robots: { index: false }, referrer: 'same-origin' };
}

// The link only shows a button: opening it (a mail scanner, a preview) changes nothing; the click does.
export default async function VerifyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = queryInput(await searchParams).token ?? '';
  const t = getTranslator(await getRequestLocale(), 'documentFlow.verify');
  return (
    <PlainPage title={t('heading')}>
      <p>{t('body')}</p>
      <form action={verifyEmailAction}>
        <input type="hidden" name="token" value={token} />
        <Button type="submit">{t('submit')}</Button>
      </form>
    </PlainPage>
  );
}
