import type { Metadata } from 'next';
import Link from 'next/link';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { Alert } from '@/components/ui/alert';
import { getConfig } from '@/lib/config';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

// The token in this URL goes to no other site; 'no-referrer' would also make the form's POST carry
// `Origin: null`, which the origin gate (lib/http/origin-gate.mjs) refuses.
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getRequestLocale(), 'auth.reset')('title'), referrer: 'same-origin' };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { token } = queryInput(await searchParams);
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'auth.reset');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('heading')}</h1>
        <p className="mt-1 text-fg-muted">{t('lead')}</p>
      </div>
      {token ? (
        <ResetPasswordForm token={token} minLength={getConfig().passwordMinLength} />
      ) : (
        <Alert tone="error">
          {
            t.rich('incomplete', {
              link: (chunks: React.ReactNode) => <Link href={hrefIn(locale, '/forgot-password')}>{chunks}</Link>,
            }) as React.ReactNode
          }
        </Alert>
      )}
    </div>
  );
}
