import type { Metadata } from 'next';
import Link from 'next/link';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getRequestLocale(), 'errors.notFound')('title') };
}

export default async function NotFound() {
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'errors.notFound');
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-16 outline-none">
      <p className="text-sm font-medium text-fg-muted">{t('eyebrow')}</p>
      <h1 className="mt-2 text-3xl font-bold">{t('heading')}</h1>
      <p className="mt-4 text-fg-muted">{t('body')}</p>
      <p className="mt-6 flex gap-4">
        <Link href={hrefIn(locale, '/')}>{t('home')}</Link>
        <Link href={hrefIn(locale, '/search')}>{t('search')}</Link>
      </p>
    </main>
  );
}
