import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChangeEditor } from '@/components/subprocessors/change-editor';
import { DiffView } from '@/components/subprocessors/diff-view';
import { can } from '@/lib/access/can';
import { getConfig } from '@/lib/config';
import { requirePermission } from '@/lib/dal';
import { AppError } from '@/lib/errors';
import { getChange } from '@/lib/subprocessors/changes';
import { todayUtc } from '@/lib/subprocessors/diff';
import { listRegisterPeriods } from '@/lib/subprocessors/register';
import { formatDate } from '@/lib/ui/format';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { pathParam } from '@/lib/validation/input';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';

export const generateMetadata = consoleTitle('studio.subprocessors', 'change.title');

export default async function SubprocessorChangePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const ctx = await requirePermission('content:edit');
  const change = await getChange(ctx, { changeId: pathParam((await params).id) }).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const t = await getConsoleTranslator('studio.subprocessors');
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/studio/subprocessors">{t('list.title')}</Link>
        </p>
        <h1 className="text-3xl font-bold">
          {change.status === 'PUBLISHED'
            ? t('notice', { number: change.number ?? '' })
            : change.status === 'DISCARDED'
              ? t('change.discarded')
              : t('editor.editHeading')}
        </h1>
        <p className="mt-1 text-fg-muted">{t('change.draftedBy', { who: change.createdBy })}</p>
      </div>
      {change.status === 'DRAFT' ? (
        <ChangeEditor
          change={change}
          periods={await listRegisterPeriods()}
          today={todayUtc()}
          noticeDays={getConfig().subprocessorNoticeDays}
          canPublish={can(ctx, 'content:publish')}
          savedNotice={queryInput(await searchParams).saved === '1'}
        />
      ) : (
        <div className="space-y-4">
          <p>{change.summary}</p>
          <p>
            {t('change.effective', { date: formatDate(change.effectiveDate) })}
            {change.number ? (
              <>
                {' · '}
                <Link href={`/subprocessors/notices/${change.number}`}>{t('change.publicNotice')}</Link>
              </>
            ) : null}
          </p>
          {change.diff ? <DiffView diff={change.diff} headingLevel={2} /> : null}
        </div>
      )}
    </div>
  );
}
