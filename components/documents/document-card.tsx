import Link from 'next/link';
import { DocumentIcon, LockIcon } from '@/components/mdx/icons';
import type { DocumentDto } from '@/lib/documents/dto';
import { formatDate } from '@/lib/ui/format';

export const formatSize = (n: number) =>
  n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;

/** One document on /documents: public ones download directly, gated ones show a lock and "Request access". */
export function DocumentCard({ doc }: { doc: DocumentDto }) {
  const gated = doc.visibility === 'GATED';
  return (
    <li id={doc.slug} className="flex scroll-mt-24 flex-col rounded-lg border border-border bg-bg p-4">
      <div className="flex items-start gap-3">
        {gated ? (
          <LockIcon className="mt-0.5 h-5 w-5 shrink-0 text-fg-muted" />
        ) : (
          <DocumentIcon className="mt-0.5 h-5 w-5 shrink-0 text-fg-muted" />
        )}
        <div className="min-w-0">
          <h3 className="m-0 text-base font-semibold">
            <Link prefetch={false} href={`/documents/${doc.slug}`} className="text-fg">
              {doc.title}
            </Link>
          </h3>
          <p className="mt-1 text-sm text-fg-muted">
            Version {doc.version}
            {doc.validUntil ? (
              <>
                {' '}
                · valid until <time dateTime={doc.validUntil}>{formatDate(doc.validUntil)}</time>
              </>
            ) : null}
            {gated ? ' · under NDA' : ''}
          </p>
        </div>
      </div>
      <p className="mt-2 flex-1 text-sm">{doc.description}</p>
      <div className="mt-3">
        {gated ? (
          <Link
            prefetch={false}
            href={`/documents/request?d=${doc.id}`}
            className="inline-flex items-center rounded-md border border-border px-3 py-1.5 text-sm font-medium"
          >
            Request access<span className="sr-only">: {doc.title}</span>
          </Link>
        ) : (
          <a
            href={`/documents/${doc.slug}/download`}
            className="inline-flex items-center rounded-md border border-border px-3 py-1.5 text-sm font-medium"
            download
          >
            Download{doc.file ? ` (${formatSize(doc.file.size)})` : ''}
            <span className="sr-only">: {doc.title}</span>
          </a>
        )}
      </div>
    </li>
  );
}
