import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatSize } from '@/components/documents/document-card';
import { DocumentForm } from '@/components/documents/document-form';
import { getConfig } from '@/lib/config';
import { requirePermission } from '@/lib/dal';
import { getDocument } from '@/lib/documents/list-documents';
import { AppError } from '@/lib/errors';
import { formatDateTime } from '@/lib/ui/format';
import { DataTable } from '@/components/ui/data-table';
import { pathParam } from '@/lib/validation/input';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';

export const generateMetadata = consoleTitle('studio.documents', 'edit.title');

export default async function StudioDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePermission('content:edit');
  const doc = await getDocument(ctx, { documentId: pathParam((await params).id) }).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const t = await getConsoleTranslator('studio.documents');
  return (
    <div className="space-y-10">
      <div>
        <p className="text-sm">
          <Link href="/studio/documents">{t('list.title')}</Link>
        </p>
        <h1 className="text-3xl font-bold">{doc.title}</h1>
        <p className="mt-1 text-fg-muted">
          {t('edit.publicPage')} <Link href={`/documents/${doc.slug}`}>/documents/{doc.slug}</Link>
        </p>
      </div>
      <section aria-labelledby="versions">
        <h2 id="versions" className="text-xl font-semibold">
          {t('edit.versions')}
        </h2>
        <div className="mt-3 overflow-x-auto">
          <DataTable
            caption={t('edit.caption')}
            columns={[t('version'), t('edit.file'), t('edit.uploaded'), t('edit.sha')]}
          >
            {doc.files.map((f, i) => (
              <tr key={f.id} className="border-b border-border align-top">
                <td className="py-2 pr-4">
                  {f.version}
                  {i === 0 ? <span className="ml-2 font-semibold">{t('edit.current')}</span> : null}
                </td>
                <td className="py-2 pr-4">
                  {f.fileName} ({formatSize(f.size)})
                </td>
                <td className="py-2 pr-4">
                  {t('edit.uploadedBy', { at: formatDateTime(f.uploadedAt), who: f.uploadedBy })}
                </td>
                <td className="py-2 pr-4 font-mono text-xs break-all">{f.sha256}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      </section>
      <section aria-labelledby="edit" className="max-w-2xl">
        <h2 id="edit" className="text-xl font-semibold">
          {t('edit.details')}
        </h2>
        <div className="mt-4">
          <DocumentForm doc={doc} maxMb={Math.round(getConfig().documents.maxUploadBytes / 1024 / 1024)} />
        </div>
      </section>
    </div>
  );
}
