import { ChangeEditor } from '@/components/subprocessors/change-editor';
import { can } from '@/lib/access/can';
import { getConfig } from '@/lib/config';
import { requirePermission } from '@/lib/dal';
import { todayUtc } from '@/lib/subprocessors/diff';
import { listRegisterPeriods } from '@/lib/subprocessors/register';
import { consoleTitle } from '@/lib/i18n/console';

export const generateMetadata = consoleTitle('studio.subprocessors', 'change.newTitle');

export default async function NewSubprocessorChangePage() {
  const ctx = await requirePermission('content:edit');
  // The editor draws the heading itself: it turns into "Edit change" once the first save gives the draft an id.
  return (
    <ChangeEditor
      change={null}
      periods={await listRegisterPeriods()}
      today={todayUtc()}
      noticeDays={getConfig().subprocessorNoticeDays}
      canPublish={can(ctx, 'content:publish')}
    />
  );
}
