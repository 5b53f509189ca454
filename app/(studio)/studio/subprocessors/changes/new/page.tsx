import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangeEditor } from '@/components/subprocessors/change-editor';
import { can } from '@/lib/access/can';
import { getConfig } from '@/lib/config';
import { requirePermission } from '@/lib/dal';
import { todayUtc } from '@/lib/subprocessors/diff';
import { listRegisterPeriods } from '@/lib/subprocessors/register';

export const metadata: Metadata = { title: 'New sub-processor change' };

export default async function NewSubprocessorChangePage() {
  const ctx = await requirePermission('content:edit');
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm"><Link href="/studio/subprocessors">Sub-processors</Link></p>
        <h1 className="text-3xl font-bold">New change</h1>
      </div>
      <ChangeEditor change={null} periods={await listRegisterPeriods()} today={todayUtc()} noticeDays={getConfig().subprocessorNoticeDays} canPublish={can(ctx, 'content:publish')} />
    </div>
  );
}
