import Link from 'next/link';
import { documentHref } from '@/lib/content/documents';
import { getSite } from '@/lib/content/site';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { formatDate } from '@/lib/ui/format';
import { DocumentIcon, LockIcon } from './icons';

/** <DocumentLink id="…">: a document from content/data/documents.json; gated ones are requested, not downloaded. */
export async function DocumentLink({ id }: { id: string }) {
  const locale = await getRequestLocale();
  const doc = (await getSite(locale)).data.documents.find((d) => d.id === id);
  if (!doc) return null; // unreachable: the compiler rejects unknown ids
  const t = getTranslator(locale, 'mdx');
  const gated = doc.visibility === 'gated';
  return (
    <div className="my-4 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-border bg-bg-subtle px-4 py-3 break-inside-avoid">
      {gated ? <LockIcon className="h-6 w-6 text-fg-muted" /> : <DocumentIcon className="h-6 w-6 text-fg-muted" />}
      <div className="min-w-0 flex-1">
        <p className="m-0 font-semibold">{doc.title}</p>
        <p className="m-0 text-sm text-fg-muted">
          {t(`category.${doc.category}`)} · {t('document.version', { version: doc.version })}
          {doc.validUntil ? (
            <>
              {' '}
              ·{' '}
              <time dateTime={doc.validUntil}>
                {t('document.validUntil', { date: formatDate(doc.validUntil, locale) })}
              </time>
            </>
          ) : null}
          {gated ? ` · ${t('document.underNda')}` : ''}
        </p>
      </div>
      <Link
        prefetch={false}
        href={hrefIn(locale, documentHref(doc))}
        className="inline-flex items-center rounded-md border border-border bg-bg px-3 py-1.5 text-sm font-medium text-link no-underline! hover:border-link"
      >
        {gated ? t('document.requestAccess') : t('document.download')}
        <span className="sr-only">: {doc.title}</span>
      </Link>
    </div>
  );
}
