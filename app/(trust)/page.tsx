import type { Metadata } from 'next';
import { DocArticle } from '@/components/trust/doc-article';
import { TrustShell } from '@/components/trust/trust-shell';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/content/site';
import { pageMetadata } from './page-metadata';

// The overview: content/pages/index.mdx through the same pipeline as every other page.

export async function generateMetadata(): Promise<Metadata> {
  const page = (await getSite()).byRoute.get('/')!;
  return pageMetadata(page, { absoluteTitle: `${getConfig().brand.name} Trust Center` });
}

export default async function OverviewPage() {
  const site = await getSite();
  const page = site.byRoute.get('/')!;
  const { brand } = getConfig();
  return (
    <TrustShell nav={site.nav} current="/">
      <DocArticle
        site={site}
        page={page}
        eyebrow={`${brand.name} Trust Center`}
        title={`Security and compliance at ${brand.name}`}
      />
    </TrustShell>
  );
}
