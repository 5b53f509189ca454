import Link from 'next/link';
import type { ReactNode } from 'react';
import { documentHref } from '@/lib/content/documents';
import { getSite } from '@/lib/content/site';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { formatDate } from '@/lib/ui/format';
import { Badge, type BadgeTone } from './badge';
import { DocumentIcon, LockIcon } from './icons';

const STATUS: Record<string, { key: string; tone: BadgeTone }> = {
  valid: { key: 'valid', tone: 'success' },
  expired: { key: 'expired', tone: 'danger' },
  'in-progress': { key: 'inProgress', tone: 'warning' },
  suspended: { key: 'suspended', tone: 'danger' },
};

/** Consecutive cards are grouped by the compiler into one grid. */
export function CertificationGrid({ children }: { children: ReactNode }) {
  return <div className="my-6 grid gap-4 md:grid-cols-2">{children}</div>;
}

/**
 * <CertificationCard id="…">: issuer, scope, validity, status and the certificate from content/data, in
 * the page's language (the language's data overlay, content/data/<locale>/certifications.json).
 */
export async function CertificationCard({ id }: { id: string }) {
  const locale = await getRequestLocale();
  const { data } = await getSite(locale);
  const cert = data.certifications.find((c) => c.id === id);
  if (!cert) return null; // unreachable: the compiler rejects unknown ids
  const t = getTranslator(locale, 'mdx');
  // A certificate past its end date shows as expired even before the data file is updated.
  const expired = cert.validUntil < new Date().toISOString().slice(0, 10);
  const status = STATUS[expired ? 'expired' : cert.status] ?? STATUS.valid!;
  const doc = cert.documentId ? data.documents.find((d) => d.id === cert.documentId) : undefined;
  return (
    // Not a heading: cards sit under whatever heading the author chose, at any level. Short classes
    // (.trust-cert in app/(trust)/trust.css): the certifications pages repeat the card, shipped twice.
    <div className="trust-cert">
      <div className="trust-cert-head">
        <p>{cert.name}</p>
        <Badge tone={status.tone}>{t(`status.${status.key}`)}</Badge>
      </div>
      <p className="text-sm text-fg-muted">{cert.standard}</p>
      <dl>
        <dt>{t('certification.issuer')}</dt>
        <dd>{cert.issuer}</dd>
        <dt>{t('certification.valid')}</dt>
        <dd>
          <time dateTime={cert.validFrom}>{formatDate(cert.validFrom, locale)}</time> {t('certification.to')}{' '}
          <time dateTime={cert.validUntil}>{formatDate(cert.validUntil, locale)}</time>
        </dd>
        {cert.certificateNumber ? (
          <>
            <dt>{t('certification.certificate')}</dt>
            <dd className="font-mono text-xs leading-5 break-all">{cert.certificateNumber}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-3 text-sm">
        <span className="font-medium">{t('certification.scope')} </span>
        {cert.scope}
      </p>
      <div className="trust-cert-actions">
        {doc ? (
          <Link prefetch={false} href={hrefIn(locale, documentHref(doc))} className="trust-button-link">
            {doc.visibility === 'gated' ? <LockIcon className="h-4 w-4" /> : <DocumentIcon className="h-4 w-4" />}
            {doc.visibility === 'gated' ? t('certification.requestReport') : t('certification.downloadCertificate')}
            <span className="sr-only">: {doc.title}</span>
          </Link>
        ) : null}
        <Link prefetch={false} href={hrefIn(locale, cert.page)}>
          {t('certification.moreAbout', { name: cert.name })}
        </Link>
      </div>
    </div>
  );
}
