import type { Metadata } from 'next';
import { AskForm } from '@/components/answers/ask-form';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { TrustShell } from '@/components/trust/trust-shell';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/content/site';
import { WithMessages } from '@/components/i18n/with-messages';
import { alternatesFor } from '@/lib/i18n/alternates';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'ask.page');
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/ask', locale) };
}

/** The empty box is the same for everyone (cacheable); an answer is the POST's own response. */
export default async function AskPage() {
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'ask.page');
  const site = await getSite(locale);
  const { securityContact } = getConfig();
  const contactLabel = securityContact.replace(/^mailto:/, '');
  return (
    <TrustShell nav={site.nav} current="/ask">
      <div className="max-w-3xl">
        <Breadcrumbs items={[HOME_CRUMB, { href: '/ask', label: t('title') }]} />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t('heading')}</h1>
        <p className="mt-3 text-lg text-fg-muted">{t('lead')}</p>
        <div className="mt-6">
          <WithMessages namespaces={['ask.form']}>
            <AskForm contactHref={securityContact} contactLabel={contactLabel} />
          </WithMessages>
        </div>
      </div>
    </TrustShell>
  );
}
