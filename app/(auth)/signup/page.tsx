import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignupRequestForm } from '@/components/signup/signup-request-form';
import { Alert } from '@/components/ui/alert';
import { getConfig } from '@/lib/config';
import { verifySession } from '@/lib/dal';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getRequestLocale(), 'auth.signup')('title') };
}

export default async function SignupPage() {
  if (await verifySession()) redirect('/account');
  const { mode, emailDomains } = getConfig().signup;
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'auth.signup');
  const signIn = (
    <p className="text-sm">
      {t('haveAccount')} <Link href={hrefIn(locale, '/login')}>{t('signIn')}</Link>
    </p>
  );
  if (mode === 'off') {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t('closedHeading')}</h1>
        <Alert tone="info">{t('closedBody')}</Alert>
        {signIn}
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('heading')}</h1>
        <p className="mt-1 text-fg-muted">
          {t('lead')}
          {mode === 'allowlist' ? ` ${t('allowlist', { domains: emailDomains.join(', ') })}` : ''}
        </p>
      </div>
      <SignupRequestForm />
      {signIn}
    </div>
  );
}
