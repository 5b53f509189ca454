import type { Metadata } from 'next';
import { connection } from 'next/server';
import { DocumentCard } from '@/components/documents/document-card';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { contentId, StaticHtml } from '@/components/trust/static-html';
import { TrustShell } from '@/components/trust/trust-shell';
import { getSite } from '@/lib/content/site';
import { listPublicDocuments } from '@/lib/documents/list-public-documents';
import { anonymousRequestCtx } from './request-ctx';

export const metadata: Metadata = {
  title: 'Documents',
  description:
    'Certificates, audit reports, penetration-test summaries and legal documents: public ones to download, the rest on request under NDA.',
  alternates: { canonical: '/documents' },
};

// One indexed database read per request (the library changes at any time from the studio).
export default async function DocumentsPage() {
  await connection();
  const [site, docs] = await Promise.all([getSite(), listPublicDocuments(await anonymousRequestCtx())]);
  const categories = [...new Set(docs.map((d) => d.category))];
  return (
    <TrustShell nav={site.nav} current="/documents">
      <div className="max-w-5xl">
        <Breadcrumbs items={[HOME_CRUMB, { href: '/documents', label: 'Documents' }]} />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Documents</h1>
        <p className="mt-3 text-lg text-fg-muted">
          Public documents download directly. Documents marked with a lock are shared under a short non-disclosure
          agreement: request them and we send you a personal link; every copy is marked with your name.
        </p>
        {/* Sent once, as HTML, in a cached page (static-html.tsx): the cards were most of its payload. */}
        <StaticHtml id={contentId('documents', docs)}>
          {categories.map((category) => (
            <section key={category} aria-labelledby={`cat-${category}`} className="mt-10">
              <h2 id={`cat-${category}`} className="text-xl font-semibold">
                {category}
              </h2>
              <ul className="mt-4 grid list-none gap-4 p-0 sm:grid-cols-2">
                {docs
                  .filter((d) => d.category === category)
                  .map((d) => (
                    <DocumentCard key={d.id} doc={d} />
                  ))}
              </ul>
            </section>
          ))}
        </StaticHtml>
      </div>
    </TrustShell>
  );
}
