import Link from 'next/link';
import type { ReactNode } from 'react';
import { documentHref, findDocument } from '@/lib/content/documents';
import { loadCertifications } from '@/lib/content/structured-data';
import { formatDate } from '@/lib/ui/format';
import { Badge, type BadgeTone } from './badge';
import { DocumentIcon, LockIcon } from './icons';

const STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  valid: { label: 'Valid', tone: 'success' },
  expired: { label: 'Expired', tone: 'danger' },
  'in-progress': { label: 'In progress', tone: 'warning' },
  suspended: { label: 'Suspended', tone: 'danger' },
};

/** Consecutive cards are grouped by the compiler into one grid. */
export function CertificationGrid({ children }: { children: ReactNode }) {
  return <div className="my-6 grid gap-4 md:grid-cols-2">{children}</div>;
}

/** <CertificationCard id="…">: issuer, scope, validity, status and the certificate from content/data. */
export function CertificationCard({ id }: { id: string }) {
  const cert = loadCertifications().find((c) => c.id === id);
  if (!cert) return null; // unreachable: the compiler rejects unknown ids
  // A certificate past its end date shows as expired even before the data file is updated.
  const expired = cert.validUntil < new Date().toISOString().slice(0, 10);
  const status = STATUS[expired ? 'expired' : cert.status] ?? STATUS.valid!;
  const doc = cert.documentId ? findDocument(cert.documentId) : undefined;
  return (
    // Not a heading: cards sit under whatever heading the author chose, at any level.
    <div className="flex flex-col rounded-lg border border-border bg-bg p-4 break-inside-avoid">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="m-0 text-lg font-semibold">{cert.name}</p>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <p className="m-0 text-sm text-fg-muted">{cert.standard}</p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-fg-muted">Issuer</dt>
        <dd className="m-0">{cert.issuer}</dd>
        <dt className="text-fg-muted">Valid</dt>
        <dd className="m-0">
          <time dateTime={cert.validFrom}>{formatDate(cert.validFrom)}</time> to{' '}
          <time dateTime={cert.validUntil}>{formatDate(cert.validUntil)}</time>
        </dd>
        {cert.certificateNumber ? (
          <>
            <dt className="text-fg-muted">Certificate</dt>
            <dd className="m-0 font-mono text-xs leading-5 break-all">{cert.certificateNumber}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-3 mb-0 text-sm">
        <span className="font-medium">Scope: </span>
        {cert.scope}
      </p>
      <div className="mt-auto flex flex-wrap items-center gap-x-4 gap-y-2 pt-4 text-sm">
        {doc ? (
          <Link prefetch={false}
            href={documentHref(doc)}
            className="inline-flex items-center gap-1.5 rounded-md border border-border px-3 py-1.5 font-medium no-underline! hover:border-link"
          >
            {doc.visibility === 'gated' ? <LockIcon className="h-4 w-4" /> : <DocumentIcon className="h-4 w-4" />}
            {doc.visibility === 'gated' ? 'Request the report' : 'Download certificate'}
            <span className="sr-only">: {doc.title}</span>
          </Link>
        ) : null}
        <Link prefetch={false} href={cert.page}>
          More about {cert.name}
        </Link>
      </div>
    </div>
  );
}
