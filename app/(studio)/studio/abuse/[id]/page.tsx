import Link from 'next/link';
import { AssignForm, NoteForm, ReplyForm, StatusForm } from '@/components/abuse/triage-forms';
import { Alert } from '@/components/ui/alert';
import { ABUSE_CATEGORIES } from '@/lib/abuse/categories';
import { getAbuseReport } from '@/lib/abuse/get-abuse-report';
import { requirePermission } from '@/lib/dal';
import { formatDateTime } from '@/lib/ui/format';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';
import { loadOrRefuse } from '../load';
import { pathParam } from '@/lib/validation/input';

export const generateMetadata = consoleTitle('studio.abuse', 'report.title');

export default async function AbuseReportPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePermission('content:publish');
  const t = await getConsoleTranslator('studio.abuse');
  const reportId = pathParam((await params).id);
  // A malformed id fails the use-case's validation: loadOrRefuse answers 404.
  const { report, assignees, me } = await loadOrRefuse(() => getAbuseReport(ctx, { reportId }));

  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/studio/abuse">{t('report.back')}</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">
          {
            t.rich('report.heading', {
              reference: report.reference,
              ref: (chunks: unknown) => (
                <span className="font-mono whitespace-nowrap">{chunks as React.ReactNode}</span>
              ),
            }) as React.ReactNode
          }
        </h1>
        <dl className="mt-3 grid max-w-2xl grid-cols-[8rem_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
          <dt className="text-fg-muted">{t('category')}</dt>
          <dd>{ABUSE_CATEGORIES[report.category]}</dd>
          <dt className="text-fg-muted">{t('received')}</dt>
          <dd>{formatDateTime(report.receivedAt)}</dd>
          <dt className="text-fg-muted">{t('statusLabel')}</dt>
          <dd data-testid="abuse-status">{t(`status.${report.status}`)}</dd>
          <dt className="text-fg-muted">{t('assignedTo')}</dt>
          <dd className="break-all">{report.assignee?.label ?? t('nobodyYet')}</dd>
          <dt className="text-fg-muted">{t('report.reporterEmail')}</dt>
          <dd className="break-all">{report.reporterEmail ?? t('report.noneGiven')}</dd>
        </dl>
      </div>

      <section aria-labelledby="evidence" className="space-y-3">
        <h2 id="evidence" className="text-xl font-semibold">
          {t('report.evidence')}
        </h2>
        <Alert tone="info">{t('report.hostile')}</Alert>
        {report.url ? (
          <div>
            <h3 className="text-sm font-medium">{t('report.url')}</h3>
            <p className="mt-1 rounded-md bg-bg-subtle p-3 font-mono text-sm break-all" data-testid="abuse-url">
              {report.url}
            </p>
          </div>
        ) : null}
        {report.messageHeaders !== null ? (
          <div>
            <h3 className="text-sm font-medium">{t('report.headers')}</h3>
            <pre className="mt-1 max-h-96 overflow-auto rounded-md bg-bg-subtle p-3 text-xs whitespace-pre-wrap break-all">
              {report.messageHeaders}
            </pre>
          </div>
        ) : null}
        <div>
          <h3 className="text-sm font-medium">{t('report.description')}</h3>
          <p className="mt-1 text-sm whitespace-pre-wrap">{report.description}</p>
        </div>
      </section>

      <section aria-labelledby="triage" className="space-y-6">
        <h2 id="triage" className="text-xl font-semibold">
          {t('report.triage')}
        </h2>
        <div className="grid gap-8 md:grid-cols-2">
          <AssignForm reportId={report.id} current={report.assignee?.id ?? null} me={me} assignees={assignees} />
          <StatusForm reportId={report.id} status={report.status} />
          <NoteForm reportId={report.id} />
          <ReplyForm reportId={report.id} reporterEmail={report.reporterEmail} />
        </div>
      </section>

      <section aria-labelledby="history" className="space-y-3">
        <h2 id="history" className="text-xl font-semibold">
          {t('report.history')}
        </h2>
        {report.notes.length === 0 ? <p className="text-sm text-fg-muted">{t('report.nothingYet')}</p> : null}
        <ol className="list-none space-y-3 p-0">
          {report.notes.map((n) => (
            <li
              key={n.id}
              className={`rounded-md border p-3 text-sm ${n.kind === 'reply' ? 'border-brand' : 'border-border'}`}
            >
              <p className="m-0 text-fg-muted">
                <strong className="text-fg">{t(`report.kind.${n.kind}`)}</strong> · {n.author} ·{' '}
                {formatDateTime(n.createdAt)}
              </p>
              <p className="mt-1 mb-0 whitespace-pre-wrap">{n.body}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
