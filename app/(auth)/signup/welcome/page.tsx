import type { Metadata } from 'next';
import Link from 'next/link';
import { requireSession } from '@/lib/dal';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getRequestLocale(), 'auth.welcome')('title') };
}

/** After sign-up: the organization exists and its Owner is signed in; two-factor authentication is offered. */
export default async function SignupWelcomePage() {
  const ctx = await requireSession('/signup/welcome');
  const t = getTranslator(await getRequestLocale(), 'auth.welcome');
  const organization = ctx.session.organization?.name ?? t('yourOrganization');
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('heading', { organization })}</h1>
        <p className="text-fg-muted">{t('lead', { email: ctx.session.user.email })}</p>
      </div>
      <section aria-labelledby="protect" className="space-y-3 rounded-md border border-border p-4">
        <h2 id="protect" className="text-lg font-semibold">
          {t('protectHeading')}
        </h2>
        <p className="text-sm">{t('protectBody', { organization })}</p>
        <div className="flex flex-wrap items-center gap-4">
          <Link
            href="/account/security#two-factor-heading"
            className="inline-flex rounded-md bg-brand px-4 py-2 text-sm font-medium text-white no-underline hover:opacity-90"
          >
            {t('setUp')}
          </Link>
          <Link href="/account" className="text-sm">
            {t('notNow')}
          </Link>
        </div>
      </section>
    </div>
  );
}
