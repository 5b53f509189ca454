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
import { alternatesFor } from '@/lib/i18n/alternates';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

type Params = { params: Promise<{ number: string }> };

async function noticeOf(params: Params['params']) {
  const raw = pathParam((await params).number);
  return /^[1-9]\d{0,8}$/.test(raw) ? getPublishedNotice(Number(raw)) : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const notice = await noticeOf(params);
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'subprocessors.noticePage');
  return notice
    ? {
        title: t('title', { number: notice.number }),
        description: notice.summary,
        alternates: alternatesFor(`/subprocessors/notices/${notice.number}`, locale),
      }
    : { title: t('notFound') };
}

export default async function SubprocessorNoticePage({ params }: Params) {
  await connection();
  const notice = await noticeOf(params);
  if (!notice) notFound();
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'subprocessors.noticePage');
  const date = (value: string) => formatDate(value, locale);
  const site = await getSite(locale);
  const { privacyEmail } = getConfig();
  const today = todayUtc();
  const open = today <= notice.objectionDeadline;
  const subject = encodeURIComponent(t('mailSubject', { number: notice.number }));
  return (
    <TrustShell nav={site.nav} current="/subprocessors">
      <div className="max-w-3xl space-y-8">
        <div>
          <Breadcrumbs
            items={[
              HOME_CRUMB,
              { href: '/subprocessors', label: t('register') },
              { href: `/subprocessors/notices/${notice.number}`, label: t('crumb', { number: notice.number }) },
            ]}
          />
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t('heading', { number: notice.number })}</h1>
          <p className="mt-3 text-lg">{notice.summary}</p>
        </div>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t('status')}</dt>
          <dd>{notice.effectiveDate > today ? t('upcoming') : t('inEffect')}</dd>
          <dt className="font-medium">{t('effective')}</dt>
          <dd>
            <time dateTime={notice.effectiveDate}>{date(notice.effectiveDate)}</time>
          </dd>
          <dt className="font-medium">{t('deadline')}</dt>
          <dd>
            <time dateTime={notice.objectionDeadline}>{date(notice.objectionDeadline)}</time> {t('deadlineNote')}
          </dd>
          <dt className="font-medium">{t('announced')}</dt>
          <dd>
            <time dateTime={notice.publishedAt}>{formatDateTime(notice.publishedAt, locale)}</time>
          </dd>
        </dl>
        <section aria-labelledby="what-changes">
          <h2 id="what-changes" className="text-xl font-semibold">
            {t('whatChanges')}
          </h2>
          <div className="mt-3">
            <DiffView diff={notice.diff} />
          </div>
        </section>
        <section aria-labelledby="how-to-object" className="rounded-md border border-border bg-bg-subtle p-4">
          <h2 id="how-to-object" className="text-xl font-semibold">
            {t('howToObject')}
          </h2>
          {open ? (
            <>
              <p className="mt-2">{t('openBody', { deadline: date(notice.objectionDeadline) })}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                <li>
                  {
                    t.rich('byAccount', {
                      link: (chunks: React.ReactNode) => (
                        <Link prefetch={false} href={`/account/subprocessor-notices/${notice.number}`}>
                          {chunks}
                        </Link>
                      ),
                    }) as React.ReactNode
                  }
                </li>
                <li>
                  {
                    t.rich('byEmail', {
                      email: privacyEmail,
                      number: notice.number,
                      mail: (chunks: React.ReactNode) => (
                        <a href={`mailto:${privacyEmail}?subject=${subject}`}>{chunks}</a>
                      ),
                    }) as React.ReactNode
                  }
                </li>
              </ul>
            </>
          ) : (
            <p className="mt-2">
              {
                t.rich('closed', {
                  deadline: date(notice.objectionDeadline),
                  email: privacyEmail,
                  mail: (chunks: React.ReactNode) => <a href={`mailto:${privacyEmail}`}>{chunks}</a>,
                }) as React.ReactNode
              }
            </p>
          )}
        </section>
        <p>
          <Link prefetch={false} href={hrefIn(locale, '/subprocessors/history')}>
            {t('allChanges')}
          </Link>{' '}
          ·{' '}
          <Link prefetch={false} href={hrefIn(locale, '/subprocessors')}>
            {t('currentList')}
          </Link>
        </p>
      </div>
    </TrustShell>
  );
}
