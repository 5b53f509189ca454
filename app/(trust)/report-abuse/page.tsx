import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportAbuseForm } from '@/components/trust/report-abuse-form';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { TrustShell } from '@/components/trust/trust-shell';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/content/site';
import { WithMessages } from '@/components/i18n/with-messages';
import { alternatesFor } from '@/lib/i18n/alternates';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'abuse.page');
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/report-abuse', locale) };
}

export default async function ReportAbusePage() {
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'abuse.page');
  const site = await getSite(locale);
  const { abuseEmail, brand } = getConfig();
  return (
    <TrustShell nav={site.nav} current="/report-abuse">
      <div className="max-w-3xl">
        <Breadcrumbs
          items={[
            HOME_CRUMB,
            { href: '/abuse-prevention', label: t('prevention') },
            { href: '/report-abuse', label: t('title') },
          ]}
        />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t('title')}</h1>
        <p className="mt-3 text-lg text-fg-muted">{t('lead', { brand: brand.name })}</p>
        <div className="mt-6 rounded-md border border-border bg-bg-subtle px-4 py-3 text-sm">
          <p className="font-semibold">{t('helpsHeading')}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            <li>{t('helpsMessage')}</li>
            <li>{t('helpsWebsite')}</li>
          </ul>
          <p className="mt-2">
            {
              t.rich('notSure', {
                link: (chunks: React.ReactNode) => (
                  <Link prefetch={false} href={hrefIn(locale, '/abuse-prevention/suspicious-messages')}>
                    {chunks}
                  </Link>
                ),
              }) as React.ReactNode
            }
          </p>
        </div>
        <WithMessages namespaces={['abuse.form']}>
          <ReportAbuseForm />
        </WithMessages>
        <p className="mt-8 text-sm text-fg-muted">
          {
            t.rich('forward', {
              email: abuseEmail,
              mail: (chunks: React.ReactNode) => <a href={`mailto:${abuseEmail}`}>{chunks}</a>,
            }) as React.ReactNode
          }
        </p>
      </div>
    </TrustShell>
  );
}
