import Link from 'next/link';
import { DocumentForm } from '@/components/documents/document-form';
import { getConfig } from '@/lib/config';
import { requirePermission } from '@/lib/dal';
import { listDocuments } from '@/lib/documents/list-documents';
import { DataTable } from '@/components/ui/data-table';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';

export const generateMetadata = consoleTitle('studio.documents', 'list.title');

export default async function StudioDocumentsPage() {
  const ctx = await requirePermission('content:edit');
  const docs = await listDocuments(ctx);
  const t = await getConsoleTranslator('studio.documents');
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">{t('list.title')}</h1>
        <p className="mt-1 text-fg-muted">{t('list.intro')}</p>
      </div>
      <DataTable
        caption={t('list.caption')}
        columns={[
          t('list.document'),
          t('category'),
          t('list.access'),
          t('version'),
          { label: t('list.views'), className: 'text-right' },
          { label: t('list.downloads'), className: 'text-right' },
        ]}
      >
        {docs.map((d) => (
          <tr key={d.id} className="border-b border-border">
            <td className="py-2 pr-4">
              <Link href={`/studio/documents/${d.id}`}>{d.title}</Link>
            </td>
            <td className="py-2 pr-4">{d.category}</td>
            <td className="py-2 pr-4">{d.visibility === 'GATED' ? t('list.gated') : t('list.public')}</td>
            <td className="py-2 pr-4">{d.version}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{d.views}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{d.downloads}</td>
          </tr>
        ))}
      </DataTable>
      <section aria-labelledby="new-document" className="max-w-2xl">
        <h2 id="new-document" className="text-xl font-semibold">
          {t('list.upload')}
        </h2>
        <div className="mt-4">
          <DocumentForm maxMb={Math.round(getConfig().documents.maxUploadBytes / 1024 / 1024)} />
        </div>
      </section>
    </div>
  );
}
