import type { ReactNode } from 'react';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { TrustShell } from '@/components/trust/trust-shell';
import { WithMessages } from '@/components/i18n/with-messages';
import { getSite } from '@/lib/content/site';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

/** The public frame of the subscription pages, under Sub-processors in the trust center. */
export async function NoticePageFrame({
  title,
  crumb,
  href,
  children,
}: {
  title: string;
  crumb: string;
  href: string;
  children: ReactNode;
}) {
  const locale = await getRequestLocale();
  const site = await getSite(locale);
  const t = getTranslator(locale, 'notices.frame');
  return (
    <TrustShell nav={site.nav} current="/subprocessors">
      <div className="max-w-3xl">
        <Breadcrumbs
          items={[HOME_CRUMB, { href: '/subprocessors', label: t('subprocessors') }, { href, label: crumb }]}
        />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
        {/* The subscription forms' labels and messages (client components). */}
        <WithMessages namespaces={['notices.forms']}>{children}</WithMessages>
      </div>
    </TrustShell>
  );
}
