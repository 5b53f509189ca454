import type { Metadata } from 'next';
import Link from 'next/link';
import { DocumentForm } from '@/components/documents/document-form';
import { getConfig } from '@/lib/config';
import { requirePermission } from '@/lib/dal';
import { listDocuments } from '@/lib/documents/list-documents';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: 'Documents' };

export default async function StudioDocumentsPage() {
  const ctx = await requirePermission('content:edit');
  const docs = await listDocuments(ctx);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">Documents</h1>
        <p className="mt-1 text-fg-muted">
          The library behind the trust center&rsquo;s documents page. Views are counted when a prospect opens their
          documents; downloads on every file served. No tracking cookies.
        </p>
      </div>
      <DataTable
        caption="Documents with views and downloads"
        columns={[
          'Document',
          'Category',
          'Access',
          'Version',
          { label: 'Views', className: 'text-right' },
          { label: 'Downloads', className: 'text-right' },
        ]}
      >
        {docs.map((d) => (
          <tr key={d.id} className="border-b border-border">
            <td className="py-2 pr-4">
              <Link href={`/studio/documents/${d.id}`}>{d.title}</Link>
            </td>
            <td className="py-2 pr-4">{d.category}</td>
            <td className="py-2 pr-4">{d.visibility === 'GATED' ? 'Gated (NDA)' : 'Public'}</td>
            <td className="py-2 pr-4">{d.version}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{d.views}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{d.downloads}</td>
          </tr>
        ))}
      </DataTable>
      <section aria-labelledby="new-document" className="max-w-2xl">
        <h2 id="new-document" className="text-xl font-semibold">
          Upload a new document
        </h2>
        <div className="mt-4">
          <DocumentForm maxMb={Math.round(getConfig().documents.maxUploadBytes / 1024 / 1024)} />
        </div>
      </section>
    </div>
  );
}
