import type { Metadata } from 'next';
import Link from 'next/link';
import { CompleteSignupForm } from '@/components/signup/complete-signup-form';
import { Alert } from '@/components/ui/alert';
import { getConfig } from '@/lib/config';
import { getCtx } from '@/lib/dal';
import { formatDateTime } from '@/lib/ui/format';
import { getSignupLink } from '@/lib/signup/get-signup-link';
import { ZSignupTokenSchema } from '@/lib/validation/signup';
import { fieldErrorIn, reasonMessage } from '@/lib/i18n/errors';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator, type Translator } from '@/lib/i18n/translator';

// The token is in the URL: links from this page never carry it to another site in a Referer header.
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getRequestLocale(), 'auth.signupConfirm')('title'), referrer: 'same-origin' };
}

export default async function SignupConfirmPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'auth.signupConfirm');
  const href = (path: string) => hrefIn(locale, path);
  const parsed = ZSignupTokenSchema.safeParse({ token });
  if (!parsed.success) {
    return (
      <Frame t={t}>
        <Alert tone="error">
          {parsed.error.issues[0] ? fieldErrorIn(locale, parsed.error.issues[0].message) : t('invalid')}
        </Alert>
        <AskAgain t={t} href={href} />
      </Frame>
    );
  }
  const view = await getSignupLink(await getCtx(), parsed.data);
  if (view.state === 'rate-limited') {
    return (
      <Frame t={t}>
        <Alert tone="error">{t('rateLimited')}</Alert>
      </Frame>
    );
  }
  if (view.state === 'refused') {
    return (
      <Frame t={t}>
        <Alert tone="error">{reasonMessage(locale, view.reason, view.params) ?? view.message}</Alert>
        {view.askAgain ? <AskAgain t={t} href={href} /> : <SignInInstead t={t} href={href} />}
      </Frame>
    );
  }
  return (
    <Frame t={t} intro={t('confirmed', { until: formatDateTime(view.expiresAt, locale) })}>
      <CompleteSignupForm token={parsed.data.token} email={view.email} minLength={getConfig().passwordMinLength} />
    </Frame>
  );
}

type Links = { t: Translator; href: (path: string) => string };

function AskAgain({ t, href }: Links) {
  return (
    <p className="text-sm">
      <Link href={href('/signup')}>{t('askAgain')}</Link> · <Link href={href('/login')}>{t('signIn')}</Link>
    </p>
  );
}

function SignInInstead({ t, href }: Links) {
  return (
    <p className="text-sm">
      <Link href={href('/login')}>{t('signIn')}</Link> · <Link href={href('/forgot-password')}>{t('forgot')}</Link>
    </p>
  );
}

function Frame({ t, intro, children }: { t: Translator; intro?: string; children: React.ReactNode }) {
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('heading')}</h1>
        {intro ? <p className="text-fg-muted">{intro}</p> : null}
      </div>
      {children}
    </div>
  );
}
