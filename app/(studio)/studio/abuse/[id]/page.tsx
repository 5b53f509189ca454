import type { Metadata } from 'next';
import Link from 'next/link';
import { AssignForm, NoteForm, ReplyForm, StatusForm } from '@/components/abuse/triage-forms';
import { Alert } from '@/components/ui/alert';
import { ABUSE_CATEGORIES } from '@/lib/abuse/categories';
import type { AbuseNoteDto } from '@/lib/abuse/dto';
import { getAbuseReport } from '@/lib/abuse/get-abuse-report';
import { ABUSE_STATUS_LABELS } from '@/lib/abuse/statuses';
import { requirePermission } from '@/lib/dal';
import { formatDateTime } from '@/lib/ui/format';
import { loadOrRefuse } from '../load';
import { pathParam } from '@/lib/validation/input';

export const metadata: Metadata = { title: 'Abuse report' };

const NOTE_KIND: Record<AbuseNoteDto['kind'], string> = {
  note: 'Internal note',
  reply: 'Reply emailed to the reporter',
  status: 'Triage',
};

export default async function AbuseReportPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePermission('content:publish');
  const reportId = pathParam((await params).id);
  // A malformed id fails the use-case's validation: loadOrRefuse answers 404.
  const { report, assignees, me } = await loadOrRefuse(() => getAbuseReport(ctx, { reportId }));

  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm">
          <Link href="/studio/abuse">← All abuse reports</Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">
          Abuse report <span className="font-mono whitespace-nowrap">{report.reference}</span>
        </h1>
        <dl className="mt-3 grid max-w-2xl grid-cols-[8rem_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
          <dt className="text-fg-muted">Category</dt>
          <dd>{ABUSE_CATEGORIES[report.category]}</dd>
          <dt className="text-fg-muted">Received</dt>
          <dd>{formatDateTime(report.receivedAt)}</dd>
          <dt className="text-fg-muted">Status</dt>
          <dd data-testid="abuse-status">{ABUSE_STATUS_LABELS[report.status]}</dd>
          <dt className="text-fg-muted">Assigned to</dt>
          <dd className="break-all">{report.assignee?.label ?? 'Nobody yet'}</dd>
          <dt className="text-fg-muted">Reporter’s email</dt>
          <dd className="break-all">{report.reporterEmail ?? 'None given'}</dd>
        </dl>
      </div>

      <section aria-labelledby="evidence" className="space-y-3">
        <h2 id="evidence" className="text-xl font-semibold">
          Evidence
        </h2>
        <Alert tone="info">
          Everything below was typed by a member of the public and may be hostile. Addresses are shown as text, not as
          links: open them only in an isolated browser.
        </Alert>
        {report.url ? (
          <div>
            <h3 className="text-sm font-medium">Reported address</h3>
            <p className="mt-1 rounded-md bg-bg-subtle p-3 font-mono text-sm break-all" data-testid="abuse-url">
              {report.url}
            </p>
          </div>
        ) : null}
        {report.messageHeaders !== null ? (
          <div>
            <h3 className="text-sm font-medium">Message headers</h3>
            <pre className="mt-1 max-h-96 overflow-auto rounded-md bg-bg-subtle p-3 text-xs whitespace-pre-wrap break-all">
              {report.messageHeaders}
            </pre>
          </div>
        ) : null}
        <div>
          <h3 className="text-sm font-medium">What the reporter says</h3>
          <p className="mt-1 text-sm whitespace-pre-wrap">{report.description}</p>
        </div>
      </section>

      <section aria-labelledby="triage" className="space-y-6">
        <h2 id="triage" className="text-xl font-semibold">
          Triage
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
          History
        </h2>
        {report.notes.length === 0 ? <p className="text-sm text-fg-muted">Nothing yet.</p> : null}
        <ol className="list-none space-y-3 p-0">
          {report.notes.map((n) => (
            <li
              key={n.id}
              className={`rounded-md border p-3 text-sm ${n.kind === 'reply' ? 'border-brand' : 'border-border'}`}
            >
              <p className="m-0 text-fg-muted">
                <strong className="text-fg">{NOTE_KIND[n.kind]}</strong> · {n.author} · {formatDateTime(n.createdAt)}
              </p>
              <p className="mt-1 mb-0 whitespace-pre-wrap">{n.body}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
