import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { formatSize } from '@/components/documents/document-card';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { TrustShell } from '@/components/trust/trust-shell';
import { getSite } from '@/lib/content/site';
import { getPublicDocument } from '@/lib/documents/list-public-documents';
import { formatDate } from '@/lib/ui/format';
import { anonymousRequestCtx } from '../request-ctx';
import { pathParam } from '@/lib/validation/input';

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  await connection();
  const doc = await getPublicDocument(await anonymousRequestCtx(), { slug: pathParam((await params).slug) });
  return doc
    ? { title: doc.title, description: doc.description, alternates: { canonical: `/documents/${doc.slug}` } }
    : { title: 'Document not found' };
}

/** Where <DocumentLink id> points: the document's facts, SHA-256 of the current file, download or request. */
export default async function DocumentPage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const slug = pathParam((await params).slug);
  const [site, doc] = await Promise.all([getSite(), getPublicDocument(await anonymousRequestCtx(), { slug })]);
  if (!doc) notFound();
  const gated = doc.visibility === 'GATED';
  return (
    <TrustShell nav={site.nav} current="/documents">
      <div className="max-w-3xl">
        <Breadcrumbs
          items={[
            HOME_CRUMB,
            { href: '/documents', label: 'Documents' },
            { href: `/documents/${doc.slug}`, label: doc.title },
          ]}
        />
        <h1 className="text-3xl font-bold tracking-tight">{doc.title}</h1>
        <p className="mt-3 text-lg text-fg-muted">{doc.description}</p>
        <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="font-medium">Category</dt>
          <dd>{doc.category}</dd>
          <dt className="font-medium">Version</dt>
          <dd>{doc.version}</dd>
          {doc.validFrom ? (
            <>
              <dt className="font-medium">Valid from</dt>
              <dd>{formatDate(doc.validFrom)}</dd>
            </>
          ) : null}
          {doc.validUntil ? (
            <>
              <dt className="font-medium">Valid until</dt>
              <dd>{formatDate(doc.validUntil)}</dd>
            </>
          ) : null}
          <dt className="font-medium">Access</dt>
          <dd>{gated ? 'Under NDA, on request' : 'Public'}</dd>
          {doc.file ? (
            <>
              <dt className="font-medium">File</dt>
              <dd>
                {doc.file.fileName} ({formatSize(doc.file.size)})
              </dd>
              <dt className="font-medium">SHA-256</dt>
              <dd className="font-mono text-xs break-all" data-testid="sha256">
                {doc.file.sha256}
              </dd>
            </>
          ) : null}
        </dl>
        {gated ? (
          <p className="mt-4 text-sm text-fg-muted">
            The copy you receive is marked with your name, so its hash differs from the original shown here.
          </p>
        ) : null}
        <div className="mt-6">
          {gated ? (
            <Link
              prefetch={false}
              href={`/documents/request?d=${doc.id}`}
              className="inline-flex rounded-md bg-brand px-4 py-2 text-sm font-medium text-white no-underline!"
            >
              Request access
            </Link>
          ) : doc.file ? (
            <a
              href={`/documents/${doc.slug}/download`}
              download
              className="inline-flex rounded-md bg-brand px-4 py-2 text-sm font-medium text-white no-underline!"
            >
              Download
            </a>
          ) : null}
        </div>
      </div>
    </TrustShell>
  );
}
