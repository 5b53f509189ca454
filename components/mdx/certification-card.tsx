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
    // Not a heading: cards sit under whatever heading the author chose, at any level. Short classes
    // (.trust-cert in app/(trust)/trust.css): the certifications pages repeat the card, shipped twice.
    <div className="trust-cert">
      <div className="trust-cert-head">
        <p>{cert.name}</p>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <p className="text-sm text-fg-muted">{cert.standard}</p>
      <dl>
        <dt>Issuer</dt>
        <dd>{cert.issuer}</dd>
        <dt>Valid</dt>
        <dd>
          <time dateTime={cert.validFrom}>{formatDate(cert.validFrom)}</time> to{' '}
          <time dateTime={cert.validUntil}>{formatDate(cert.validUntil)}</time>
        </dd>
        {cert.certificateNumber ? (
          <>
            <dt>Certificate</dt>
            <dd className="font-mono text-xs leading-5 break-all">{cert.certificateNumber}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-3 text-sm">
        <span className="font-medium">Scope: </span>
        {cert.scope}
      </p>
      <div className="trust-cert-actions">
        {doc ? (
          <Link prefetch={false} href={documentHref(doc)} className="trust-button-link">
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
