import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SecondFactorForms } from '@/components/auth/second-factor-forms';
import { Alert } from '@/components/ui/alert';
import { pendingSignInTicket } from '@/lib/auth/server-side-sign-in';
import { verifySession } from '@/lib/dal';
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getRequestLocale(), 'auth.secondFactor')('title'), robots: { index: false } };
}

// Reached after the password step without JavaScript (passwordSignInFormAction); with JavaScript the
// second step happens inside the sign-in page, passkeys included.
export default async function SecondFactorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const query = await searchParams;
  const next = safeReturnPath(query.next, '/account');
  if (await verifySession()) redirect(next);
  const pending = await pendingSignInTicket();
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'auth.secondFactor');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('heading')}</h1>
        <p className="mt-1 text-fg-muted">{t('pageLead')}</p>
      </div>
      {query.sso ? <Alert tone="info">{t('ssoNotice')}</Alert> : null}
      {pending ? (
        <SecondFactorForms next={next} />
      ) : (
        <Alert tone="error">
          {
            t.rich('expired', {
              link: (chunks: React.ReactNode) => (
                <Link href={hrefIn(locale, `/login?next=${encodeURIComponent(next)}`)}>{chunks}</Link>
              ),
            }) as React.ReactNode
          }
        </Alert>
      )}
      <p className="text-sm text-fg-muted">{t('needsJavaScript')}</p>
    </div>
  );
}
