import type { Metadata } from 'next';
import { DocArticle } from '@/components/trust/doc-article';
import { TrustShell } from '@/components/trust/trust-shell';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/content/site';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { pageMetadata } from './page-metadata';

// The overview: content/pages/index.mdx (content/pages/<locale>/index.mdx) through the same pipeline as every other page.

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getRequestLocale();
  const page = (await getSite(locale)).byRoute.get('/')!;
  const t = getTranslator(locale, 'trust');
  return pageMetadata(page, { absoluteTitle: t('brandTrustCenter', { brand: getConfig().brand.name }), locale });
}

export default async function OverviewPage() {
  const locale = await getRequestLocale();
  const site = await getSite(locale);
  const page = site.byRoute.get('/')!;
  const { brand } = getConfig();
  const t = getTranslator(locale, 'trust');
  return (
    <TrustShell nav={site.nav} current="/">
      <DocArticle
        site={site}
        page={page}
        eyebrow={t('brandTrustCenter', { brand: brand.name })}
        title={t('homeTitle', { brand: brand.name })}
      />
    </TrustShell>
  );
}
