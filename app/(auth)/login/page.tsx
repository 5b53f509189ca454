import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { Alert } from '@/components/ui/alert';
import { verifySession } from '@/lib/dal';
import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { readNote } from '@/lib/sso/cookies';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { reasonMessage } from '@/lib/i18n/errors';

/** What /api/sso/start or /api/sso/callback left for this page when an SSO sign-in failed. */
type SsoFailureNote = { message: string; reason?: string; params?: Record<string, string | number> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getRequestLocale(), 'auth.login')('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = queryInput(await searchParams);
  const next = safeReturnPath(params.next, '/account');
  if (await verifySession()) redirect(next);
  // An SSO sign-in that failed: its message (what to do) was left by /api/sso/callback in a sealed cookie.
  const ssoFailure = params.sso === 'failed' ? await readNote<SsoFailureNote>('sign-in') : null;
  const locale = await getRequestLocale();
  const ssoMessage =
    ssoFailure && (reasonMessage(locale, ssoFailure.reason ?? '', ssoFailure.params) ?? ssoFailure.message);
  const t = getTranslator(locale, 'auth.login');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('heading')}</h1>
        <p className="mt-1 text-fg-muted">{t('lead')}</p>
      </div>
      {params.signedOut ? <Alert tone="success">{t('signedOut')}</Alert> : null}
      {params.reset ? <Alert tone="success">{t('reset')}</Alert> : null}
      {params.sso === 'failed' ? (
        <Alert tone="error">
          {t('ssoFailed')} {ssoMessage || t('ssoStartAgain')}
        </Alert>
      ) : null}
      {params.error ? <Alert tone="error">{t('error')}</Alert> : null}
      {params.accountDeleted ? <Alert tone="success">{t('accountDeleted')}</Alert> : null}
      <LoginForm next={next} />
      {getConfig().signup.mode !== 'off' ? (
        <p className="text-sm">
          {t('newHere')} <Link href={hrefIn(locale, '/signup')}>{t('createOrganization')}</Link>
        </p>
      ) : null}
    </div>
  );
}
