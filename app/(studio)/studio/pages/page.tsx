import { PageTree } from '@/components/studio/page-tree';
import { can } from '@/lib/access/can';
import { requirePermission } from '@/lib/dal';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';
import { listStudioPages } from '@/lib/studio/list-studio-pages';

export const generateMetadata = consoleTitle('studio.pages', 'title');

export default async function StudioPagesPage() {
  const ctx = await requirePermission('content:edit');
  const tree = await listStudioPages(ctx);
  const canPublish = can(ctx, 'content:publish');
  const t = await getConsoleTranslator('studio.pages');
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-fg-muted">
          {t('intro')}
          {canPublish ? t('treeChanges') : t('treeChangesNeedPublish')}
        </p>
      </div>
      <PageTree tree={tree} canPublish={canPublish} />
    </div>
  );
}
