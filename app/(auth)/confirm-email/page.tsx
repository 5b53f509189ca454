import type { Metadata } from 'next';
import Link from 'next/link';
import { ConfirmEmailChangeForm } from '@/components/account/confirm-email-change-form';
import { Alert } from '@/components/ui/alert';
import { getEmailChangeLink } from '@/lib/account/get-email-change-link';
import { getCtx } from '@/lib/dal';
import { ZEmailChangeTokenSchema } from '@/lib/validation/signup';
import { fieldErrorIn, reasonMessage } from '@/lib/i18n/errors';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

// The token is in the URL: links from this page never carry it to another site in a Referer header.
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getRequestLocale(), 'auth.confirmEmail')('title'), referrer: 'same-origin' };
}

export default async function ConfirmEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'auth.confirmEmail');
  const parsed = ZEmailChangeTokenSchema.safeParse({ token });
  const view = parsed.success ? await getEmailChangeLink(await getCtx(), parsed.data) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      {!parsed.success || !view ? (
        <Alert tone="error">
          {parsed.error?.issues[0] ? fieldErrorIn(locale, parsed.error.issues[0].message) : t('invalid')}
        </Alert>
      ) : view.state === 'rate-limited' ? (
        <Alert tone="error">{t('rateLimited')}</Alert>
      ) : view.state === 'refused' ? (
        <Alert tone="error">{reasonMessage(locale, view.reason, view.params) ?? view.message}</Alert>
      ) : (
        <ConfirmEmailChangeForm token={parsed.data.token} newEmail={view.newEmail} />
      )}
      <p className="text-sm">
        <Link href="/account/profile">{t('yourAccount')}</Link>
      </p>
    </div>
  );
}
