import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnswerEntryForm } from '@/components/answers/answer-entry-form';
import { AnswerStepButton } from '@/components/answers/answer-step-button';
import { Alert } from '@/components/ui/alert';
import { DataTable } from '@/components/ui/data-table';
import { getAnswerEntry, listAnswerOwners } from '@/lib/answers/library/get-answer-entry';
import { SHORT_ANSWER_LABELS, VISIBILITY_LABELS } from '@/lib/answers/library/labels';
import { requirePermission } from '@/lib/dal';
import { AppError } from '@/lib/errors';
import { formatReason } from '@/lib/messages/errors';
import { formatDateTime } from '@/lib/ui/format';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import {
  archiveAnswerEntryAction,
  publishAnswerAction,
  requestAnswerChangesAction,
  requestAnswerReviewAction,
  restoreAnswerRevisionAction,
} from '../actions';

export const metadata: Metadata = { title: 'Answer' };

const DONE: Record<string, string> = {
  saved: 'Draft saved. Send it for review when it is ready.',
  'review-requested': 'Sent for review. A colleague who can publish publishes it.',
  'changes-requested': 'Sent back to draft.',
  published: 'Published: the answer is live for everyone its visibility allows.',
  restored: 'The earlier revision is now the draft. Review and publish it to make it live.',
};

const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  in_review: 'In review',
  published: 'Published',
  superseded: 'Superseded',
  discarded: 'Discarded',
};

export default async function AnswerEntryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const ctx = await requirePermission('content:edit');
  const { id } = await params;
  const query = queryInput(await searchParams);
  const entry = await getAnswerEntry(ctx, { entryId: id }).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const owners = await listAnswerOwners(ctx);
  const c = entry.current;
  const canPublish = ctx.session.permissions.has('content:publish');
  return (
    <div className="space-y-8">
      <p>
        <Link href="/studio/answers">← Answers</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{c.question}</h1>
        <p className="mt-1 text-fg-muted">
          <span className="font-mono">{entry.slug}</span> · revision {c.number}: {STATUS_LABELS[c.status]} ·{' '}
          {SHORT_ANSWER_LABELS[c.shortAnswer]} · {VISIBILITY_LABELS[c.visibility]} · owner {c.ownerLabel}
        </p>
      </div>
      {query.done && DONE[query.done] ? <Alert tone="success">{DONE[query.done]}</Alert> : null}
      <section aria-labelledby="workflow" className="space-y-3">
        <h2 id="workflow" className="text-xl font-semibold">
          Review and publish
        </h2>
        <div className="flex flex-wrap gap-3">
          {c.status === 'draft' ? (
            <AnswerStepButton
              action={requestAnswerReviewAction}
              fields={{ entryId: entry.id, revisionId: c.id }}
              label="Send for review"
              pendingLabel="Sending…"
              variant="primary"
            />
          ) : null}
          {c.status === 'in_review' ? (
            <>
              <AnswerStepButton
                action={publishAnswerAction}
                fields={{ entryId: entry.id, revisionId: c.id }}
                label="Publish"
                pendingLabel="Publishing…"
                variant="primary"
              />
              <AnswerStepButton
                action={requestAnswerChangesAction}
                fields={{ entryId: entry.id, revisionId: c.id }}
                label="Send back to draft"
                pendingLabel="Sending back…"
              />
            </>
          ) : null}
          {canPublish ? (
            <AnswerStepButton
              action={archiveAnswerEntryAction}
              fields={{ entryId: entry.id }}
              label="Archive entry"
              pendingLabel="Archiving…"
              variant="danger"
            />
          ) : null}
        </div>
        {c.status === 'in_review' && entry.publishBlock ? (
          <p className="text-sm text-fg-muted">{formatReason(entry.publishBlock)}</p>
        ) : null}
        {c.status === 'published' ? (
          <p className="text-sm text-fg-muted">This revision is live. Saving starts a new draft.</p>
        ) : null}
      </section>
      <section aria-labelledby="edit" className="space-y-3">
        <h2 id="edit" className="text-xl font-semibold">
          Edit
        </h2>
        <AnswerEntryForm
          owners={owners}
          initial={{
            entryId: entry.id,
            question: c.question,
            alternatives: c.alternatives,
            shortAnswer: c.shortAnswer,
            answer: c.answer,
            evidence: c.evidence,
            visibility: c.visibility,
            ownerId: c.ownerId,
            reviewBy: c.reviewBy,
          }}
        />
      </section>
      <section aria-labelledby="history" className="space-y-3">
        <h2 id="history" className="text-xl font-semibold">
          History
        </h2>
        <DataTable
          caption="Revisions"
          columns={['Revision', 'Status', 'Author', 'Saved', 'Note', { label: 'Actions', srOnly: true }]}
        >
          {entry.revisions.map((r) => (
            <tr key={r.id} className="border-b border-border align-top">
              <td className="py-2 pr-4">{r.number}</td>
              <td className="py-2 pr-4">
                {STATUS_LABELS[r.status]}
                {r.id === entry.publishedRevisionId ? <span className="ml-2 font-semibold">live</span> : null}
              </td>
              <td className="py-2 pr-4">{r.authorLabel}</td>
              <td className="py-2 pr-4">{formatDateTime(r.updatedAt)}</td>
              <td className="py-2 pr-4">{r.message || '—'}</td>
              <td className="py-2">
                {r.id !== c.id ? (
                  <AnswerStepButton
                    action={restoreAnswerRevisionAction}
                    fields={{ entryId: entry.id, revisionId: r.id }}
                    label="Restore as draft"
                    pendingLabel="Restoring…"
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
    </div>
  );
}
