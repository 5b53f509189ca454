import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AskBox } from '@/components/answers/ask-box';
import { DocArticle } from '@/components/trust/doc-article';
import { TrustShell } from '@/components/trust/trust-shell';
import { getSite } from '@/lib/content/site';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { pageMetadata } from '../page-metadata';
import { pathParam } from '@/lib/validation/input';

type Params = { params: Promise<{ slug: string[] }> };

function routeOf(slug: string[]): string {
  try {
    return `/${slug.map((s) => decodeURIComponent(s)).join('/')}`;
  } catch {
    return ''; // malformed escape: no such page
  }
}

/**
 * Runs during `next build`: compiling every page here validates all content (a broken page fails the
 * build with file:line) and fills the compile cache, so the server starts warm. The pages themselves
 * are rendered per request (the nonce CSP), from the in-memory snapshot. /de/… addresses reach this
 * route through proxy.ts with the language in a header (README "Languages").
 */
export async function generateStaticParams() {
  const site = await getSite();
  return site.pages.filter((p) => p.route !== '/').map((p) => ({ slug: p.route.slice(1).split('/') }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await getRequestLocale();
  const page = (await getSite(locale)).byRoute.get(routeOf(pathParam((await params).slug)));
  return page ? pageMetadata(page, { locale }) : {};
}

export default async function ContentPage({ params }: Params) {
  const locale = await getRequestLocale();
  const site = await getSite(locale);
  const page = site.byRoute.get(routeOf(pathParam((await params).slug)));
  if (!page) notFound();
  return (
    <TrustShell nav={site.nav} current={page.route}>
      <DocArticle site={site} page={page} />
      {page.route === '/faq' ? <AskBox /> : null}
    </TrustShell>
  );
}
