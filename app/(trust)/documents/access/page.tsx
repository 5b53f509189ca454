import type { Metadata } from 'next';
import { PlainPage } from '@/components/documents/plain-page';
import { Button } from '@/components/ui/button';
import { openViewerAction } from '../actions';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

// The token in this URL goes to no other site; 'no-referrer' would also make the form's POST carry
// `Origin: null`, which the origin gate (lib/http/origin-gate.mjs) refuses.
export async function generateMetadata(): Promise<Metadata> {
  const t = getTranslator(await getRequestLocale(), 'documentFlow.access');
  return { title: t('title'), robots: { index: false }, referrer: 'same-origin' };
}

// The magic link works once: the click (not the page view) exchanges it for a viewer session cookie.
export default async function AccessPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = queryInput(await searchParams).token ?? '';
  const t = getTranslator(await getRequestLocale(), 'documentFlow.access');
  return (
    <PlainPage title={t('heading')}>
      <p>{t('body')}</p>
      <form action={openViewerAction}>
        <input type="hidden" name="token" value={token} />
        <Button type="submit">{t('submit')}</Button>
      </form>
    </PlainPage>
  );
}
