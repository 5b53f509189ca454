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
  return { title: `Sub-processor notice #${pathParam((await params).number)}` };
}

const STATUS: Record<string, string> = {
  received: 'Received',
  acknowledged: 'Acknowledged by our team',
  resolved: 'Resolved',
};

export default async function SubprocessorNoticePage({ params }: Params) {
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
            All notices
          </Link>
        </p>
        <h1 className="text-3xl font-bold">
          Notice #{notice.number}: {notice.summary}
        </h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-fg-muted">Effective</dt>
          <dd>{formatDate(notice.effectiveDate)}</dd>
          <dt className="text-fg-muted">Objections until</dt>
          <dd>{formatDate(notice.objectionDeadline)}</dd>
          <dt className="text-fg-muted">Published</dt>
          <dd>{formatDateTime(notice.publishedAt)}</dd>
        </dl>
        <p className="text-sm">
          <a href={notice.url}>Public notice</a>
        </p>
      </div>
      <section aria-labelledby="diff-heading" className="space-y-3">
        <h2 id="diff-heading" className="text-xl font-semibold">
          What changes
        </h2>
        <NoticeDiff diff={notice.diff} />
      </section>
      <section aria-labelledby="objection-heading" className="space-y-3">
        <h2 id="objection-heading" className="text-xl font-semibold">
          Objection
        </h2>
        {objection ? (
          <div className="space-y-1 rounded-md border border-border p-4 text-sm">
            <p>
              <strong>Your organization objected</strong> on {formatDateTime(objection.createdAt)} ({objection.filedBy}
              ). Status: {STATUS[objection.status] ?? objection.status}.
            </p>
            <p className="whitespace-pre-wrap">{objection.reason}</p>
          </div>
        ) : !view.windowOpen ? (
          <p className="text-sm">
            The objection period ended on {formatDate(notice.objectionDeadline)}. If you have concerns, contact your
            account representative.
          </p>
        ) : view.canObject ? (
          <>
            <p className="text-sm text-fg-muted">
              If your organization objects to this change, say why by {formatDate(notice.objectionDeadline)}. One
              objection is recorded per organization; our team will acknowledge it and work with you on it.
            </p>
            <ObjectionForm number={notice.number} />
          </>
        ) : (
          <p className="text-sm">
            An administrator of your organization can object to this change until {formatDate(notice.objectionDeadline)}
            .
          </p>
        )}
      </section>
    </div>
  );
}
