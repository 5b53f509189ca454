import type { Metadata } from 'next';
import { connection } from 'next/server';
import { RequestAccessForm } from '@/components/documents/request-access-form';
import { WithMessages } from '@/components/i18n/with-messages';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { TrustShell } from '@/components/trust/trust-shell';
import { getSite } from '@/lib/content/site';
import { listPublicDocuments } from '@/lib/documents/list-public-documents';
import { NDA } from '@/lib/documents/nda';
import { viewerFailureMessage } from '@/lib/documents/viewer-failure';
import { viewerSignInOptions } from '@/lib/documents/viewer-providers';
import { anonymousRequestCtx } from '../request-ctx';
import { cleanText, type SearchParams } from '@/lib/validation/input';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  const t = getTranslator(await getRequestLocale(), 'documentFlow.request');
  return { title: t('title'), description: t('description'), robots: { index: false } };
}

export default async function RequestDocumentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'documentFlow.request');
  const [site, docs, sp, signInOptions] = await Promise.all([
    getSite(locale),
    listPublicDocuments(await anonymousRequestCtx()),
    searchParams,
    viewerSignInOptions(locale),
  ]);
  const gated = docs
    .filter((d) => d.visibility === 'GATED')
    .map((d) => ({ id: d.id, title: d.title, category: d.category }));
  const preselected = [sp.d ?? []]
    .flat()
    .slice(0, 50)
    .map((d) => cleanText(d));
  return (
    <TrustShell nav={site.nav} current="/documents">
      <div className="max-w-3xl">
        <Breadcrumbs
          items={[
            HOME_CRUMB,
            { href: '/documents', label: t('crumbDocuments') },
            { href: '/documents/request', label: t('crumb') },
          ]}
        />
        <h1 className="text-3xl font-bold tracking-tight">{t('heading')}</h1>
        <p className="mt-3 text-lg text-fg-muted">{t('lead')}</p>
        <WithMessages namespaces={['documentFlow.form']}>
          <RequestAccessForm
            documents={gated}
            preselected={preselected}
            nda={{ version: NDA.version, title: NDA.title, paragraphs: [...NDA.paragraphs] }}
            signInOptions={signInOptions}
            verificationFailure={viewerFailureMessage(sp.verification, sp.via, locale)}
          />
        </WithMessages>
      </div>
    </TrustShell>
  );
}
