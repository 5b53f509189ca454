import { getConsoleTranslator } from '@/lib/i18n/console';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NoticeDiff } from '@/components/notices/notice-diff';
import { ObjectionForm } from '@/components/notices/objection-form';
import { requirePermission } from '@/lib/dal';
import { AppError } from '@/lib/errors';
import { getNoticeForCustomer } from '@/lib/subprocessors/objections/customer-notices';
import { formatDate, formatDateTime } from '@/lib/ui/format';
import { ZNoticeNumberSchema } from '@/lib/validation/notices';
import { pathParam } from '@/lib/validation/input';

type Params = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.subprocessorNoticesDetail');
  return { title: t('metaTitle', { number: pathParam((await params).number) }) };
}

export default async function SubprocessorNoticePage({ params }: Params) {
  const t = await getConsoleTranslator('account.page.subprocessorNoticesDetail');
  const ctx = await requirePermission('account:read');
  const number = ZNoticeNumberSchema.safeParse(pathParam((await params).number));
  if (!number.success) notFound();
  const view = await getNoticeForCustomer(ctx, number.data).catch((err) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const { notice, objection } = view;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p className="text-sm">
          <Link prefetch={false} href="/account/subprocessor-notices">
            {t('allNotices')}
          </Link>
        </p>
        <h1 className="text-3xl font-bold">
          {t('notice', { number: String(notice.number), summary: notice.summary })}
        </h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-fg-muted">{t('effective')}</dt>
          <dd>{formatDate(notice.effectiveDate)}</dd>
          <dt className="text-fg-muted">{t('objectionsUntil')}</dt>
          <dd>{formatDate(notice.objectionDeadline)}</dd>
          <dt className="text-fg-muted">{t('published')}</dt>
          <dd>{formatDateTime(notice.publishedAt)}</dd>
        </dl>
        <p className="text-sm">
          <a href={notice.url}>{t('publicNotice')}</a>
        </p>
      </div>
      <section aria-labelledby="diff-heading" className="space-y-3">
        <h2 id="diff-heading" className="text-xl font-semibold">
          {t('whatChanges')}
        </h2>
        <NoticeDiff diff={notice.diff} />
      </section>
      <section aria-labelledby="objection-heading" className="space-y-3">
        <h2 id="objection-heading" className="text-xl font-semibold">
          {t('objection')}
        </h2>
        {objection ? (
          <div className="space-y-1 rounded-md border border-border p-4 text-sm">
            <p>
              {t.rich('objected', {
                at: formatDateTime(objection.createdAt),
                filedBy: objection.filedBy,
                status: t.has(`objectionStatus.${objection.status}`)
                  ? t(`objectionStatus.${objection.status}`)
                  : objection.status,
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            <p className="whitespace-pre-wrap">{objection.reason}</p>
          </div>
        ) : !view.windowOpen ? (
          <p className="text-sm">
            {t('theObjectionPeriodEnded', { objectionDeadline: formatDate(notice.objectionDeadline) })}
          </p>
        ) : view.canObject ? (
          <>
            <p className="text-sm text-fg-muted">
              {t('ifYourOrganizationObjects', { objectionDeadline: formatDate(notice.objectionDeadline) })}
            </p>
            <ObjectionForm number={notice.number} />
          </>
        ) : (
          <p className="text-sm">
            {t('anAdministratorOfYour', { objectionDeadline: formatDate(notice.objectionDeadline) })}
          </p>
        )}
      </section>
    </div>
  );
}
