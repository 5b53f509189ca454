import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { DiffView } from '@/components/subprocessors/diff-view';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { TrustShell } from '@/components/trust/trust-shell';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/content/site';
import { todayUtc } from '@/lib/subprocessors/diff';
import { getPublishedNotice } from '@/lib/subprocessors/register';
import { formatDate, formatDateTime } from '@/lib/ui/format';
import { pathParam } from '@/lib/validation/input';

type Params = { params: Promise<{ number: string }> };

async function noticeOf(params: Params['params']) {
  const raw = pathParam((await params).number);
  return /^[1-9]\d{0,8}$/.test(raw) ? getPublishedNotice(Number(raw)) : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const notice = await noticeOf(params);
  return notice
    ? {
        title: `Sub-processor notice #${notice.number}`,
        description: notice.summary,
        alternates: { canonical: `/subprocessors/notices/${notice.number}` },
      }
    : { title: 'Notice not found' };
}

export default async function SubprocessorNoticePage({ params }: Params) {
  await connection();
  const notice = await noticeOf(params);
  if (!notice) notFound();
  const site = await getSite();
  const { privacyEmail } = getConfig();
  const today = todayUtc();
  const open = today <= notice.objectionDeadline;
  const subject = encodeURIComponent(`Objection to sub-processor notice #${notice.number}`);
  return (
    <TrustShell nav={site.nav} current="/subprocessors">
      <div className="max-w-3xl space-y-8">
        <div>
          <Breadcrumbs
            items={[
              HOME_CRUMB,
              { href: '/subprocessors', label: 'Sub-processors' },
              { href: `/subprocessors/notices/${notice.number}`, label: `Notice #${notice.number}` },
            ]}
          />
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Sub-processor notice #{notice.number}</h1>
          <p className="mt-3 text-lg">{notice.summary}</p>
        </div>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Status</dt>
          <dd>{notice.effectiveDate > today ? 'Upcoming' : 'In effect'}</dd>
          <dt className="font-medium">Effective date</dt>
          <dd>
            <time dateTime={notice.effectiveDate}>{formatDate(notice.effectiveDate)}</time>
          </dd>
          <dt className="font-medium">Objection deadline</dt>
          <dd>
            <time dateTime={notice.objectionDeadline}>{formatDate(notice.objectionDeadline)}</time> (the day before the
            change takes effect)
          </dd>
          <dt className="font-medium">Announced</dt>
          <dd>
            <time dateTime={notice.publishedAt}>{formatDateTime(notice.publishedAt)}</time>
          </dd>
        </dl>
        <section aria-labelledby="what-changes">
          <h2 id="what-changes" className="text-xl font-semibold">
            What changes
          </h2>
          <div className="mt-3">
            <DiffView diff={notice.diff} />
          </div>
        </section>
        <section aria-labelledby="how-to-object" className="rounded-md border border-border bg-bg-subtle p-4">
          <h2 id="how-to-object" className="text-xl font-semibold">
            How to object
          </h2>
          {open ? (
            <>
              <p className="mt-2">
                Customers with reasonable data protection grounds may object until{' '}
                {formatDate(notice.objectionDeadline)}. We will discuss your concerns and, where we can, offer a way to
                avoid the change for your account.
              </p>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                <li>
                  An administrator of your account can{' '}
                  <Link href={`/account/subprocessor-notices/${notice.number}`}>
                    file an objection after signing in
                  </Link>
                  ; or
                </li>
                <li>
                  email <a href={`mailto:${privacyEmail}?subject=${subject}`}>{privacyEmail}</a> quoting notice #
                  {notice.number}.
                </li>
              </ul>
            </>
          ) : (
            <p className="mt-2">
              The objection period ended on {formatDate(notice.objectionDeadline)}. Questions are still welcome at{' '}
              <a href={`mailto:${privacyEmail}`}>{privacyEmail}</a>.
            </p>
          )}
        </section>
        <p>
          <Link href="/subprocessors/history">All changes</Link> · <Link href="/subprocessors">Current list</Link>
        </p>
      </div>
    </TrustShell>
  );
}
