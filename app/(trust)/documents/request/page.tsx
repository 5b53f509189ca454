import type { Metadata } from 'next';
import { connection } from 'next/server';
import { RequestAccessForm } from '@/components/documents/request-access-form';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { TrustShell } from '@/components/trust/trust-shell';
import { getSite } from '@/lib/content/site';
import { listPublicDocuments } from '@/lib/documents/list-public-documents';
import { NDA } from '@/lib/documents/nda';
import { viewerFailureMessage } from '@/lib/documents/viewer-failure';
import { viewerSignInOptions } from '@/lib/documents/viewer-providers';
import { anonymousRequestCtx } from '../request-ctx';
import { cleanText, type SearchParams } from '@/lib/validation/input';

export const metadata: Metadata = {
  title: 'Request documents',
  description: 'Request documents shared under NDA.',
  robots: { index: false },
};

export default async function RequestDocumentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const [site, docs, sp, signInOptions] = await Promise.all([
    getSite(),
    listPublicDocuments(await anonymousRequestCtx()),
    searchParams,
    viewerSignInOptions(),
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
            { href: '/documents', label: 'Documents' },
            { href: '/documents/request', label: 'Request access' },
          ]}
        />
        <h1 className="text-3xl font-bold tracking-tight">Request documents</h1>
        <p className="mt-3 text-lg text-fg-muted">
          Tell us who you are and which documents you need. We confirm your email address first; requests from existing
          customers are usually granted at once, others within a working day.
        </p>
        <RequestAccessForm
          documents={gated}
          preselected={preselected}
          nda={{ version: NDA.version, title: NDA.title, paragraphs: [...NDA.paragraphs] }}
          signInOptions={signInOptions}
          verificationFailure={viewerFailureMessage(sp.verification, sp.via)}
        />
      </div>
    </TrustShell>
  );
}
