import type { Metadata } from 'next';
import { PageTree } from '@/components/studio/page-tree';
import { can } from '@/lib/access/can';
import { requirePermission } from '@/lib/dal';
import { listStudioPages } from '@/lib/studio/list-studio-pages';

export const metadata: Metadata = { title: 'Pages' };

export default async function StudioPagesPage() {
  const ctx = await requirePermission('content:edit');
  const tree = await listStudioPages(ctx);
  const canPublish = can(ctx, 'content:publish');
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Pages</h1>
        <p className="text-fg-muted">
          Every page of the trust center by section. Edits are saved as drafts and reach the public site only when a
          reviewed revision is published.
          {canPublish
            ? ' Renaming, moving, reordering, hiding and deleting apply to the public site at once.'
            : ' Renaming, moving, reordering, hiding and deleting need the content publishing permission.'}
        </p>
      </div>
      <PageTree tree={tree} canPublish={canPublish} />
    </div>
  );
}
