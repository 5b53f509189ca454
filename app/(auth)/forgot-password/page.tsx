import type { Metadata } from 'next';
import Link from 'next/link';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getRequestLocale(), 'auth.forgot')('title') };
}

export default async function ForgotPasswordPage() {
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'auth.forgot');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('heading')}</h1>
        <p className="mt-1 text-fg-muted">{t('lead')}</p>
      </div>
      <ForgotPasswordForm />
      <p className="text-sm">
        <Link href={hrefIn(locale, '/login')}>{t('back')}</Link>
      </p>
    </div>
  );
}
