import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnswerEntryForm } from '@/components/answers/answer-entry-form';
import { AnswerStepButton } from '@/components/answers/answer-step-button';
import { Alert } from '@/components/ui/alert';
import { DataTable } from '@/components/ui/data-table';
import { getAnswerEntry, listAnswerOwners } from '@/lib/answers/library/get-answer-entry';
import { requirePermission } from '@/lib/dal';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';
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

export const generateMetadata = consoleTitle('studio.answers', 'entry.title');

/** ?done= values a step redirects with, each with its message under entry.done. */
const DONE = ['saved', 'review-requested', 'changes-requested', 'published', 'restored'];

export default async function AnswerEntryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const ctx = await requirePermission('content:edit');
  const t = await getConsoleTranslator('studio.answers');
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
        <Link href="/studio/answers">{t('back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{c.question}</h1>
        <p className="mt-1 text-fg-muted">
          <span className="font-mono">{entry.slug}</span> ·{' '}
          {t('entry.summary', {
            number: c.number,
            status: t(`status.${c.status}`),
            short: t(`shortAnswer.${c.shortAnswer}`),
            visibility: t(`visibilityLabel.${c.visibility}`),
            owner: c.ownerLabel,
          })}
        </p>
      </div>
      {query.done && DONE.includes(query.done) ? <Alert tone="success">{t(`entry.done.${query.done}`)}</Alert> : null}
      <section aria-labelledby="workflow" className="space-y-3">
        <h2 id="workflow" className="text-xl font-semibold">
          {t('entry.workflow')}
        </h2>
        <div className="flex flex-wrap gap-3">
          {c.status === 'draft' ? (
            <AnswerStepButton
              action={requestAnswerReviewAction}
              fields={{ entryId: entry.id, revisionId: c.id }}
              label={t('entry.sendForReview')}
              pendingLabel={t('entry.sending')}
              variant="primary"
            />
          ) : null}
          {c.status === 'in_review' ? (
            <>
              <AnswerStepButton
                action={publishAnswerAction}
                fields={{ entryId: entry.id, revisionId: c.id }}
                label={t('entry.publish')}
                pendingLabel={t('entry.publishing')}
                variant="primary"
              />
              <AnswerStepButton
                action={requestAnswerChangesAction}
                fields={{ entryId: entry.id, revisionId: c.id }}
                label={t('entry.sendBack')}
                pendingLabel={t('entry.sendingBack')}
              />
            </>
          ) : null}
          {canPublish ? (
            <AnswerStepButton
              action={archiveAnswerEntryAction}
              fields={{ entryId: entry.id }}
              label={t('entry.archive')}
              pendingLabel={t('entry.archiving')}
              variant="danger"
            />
          ) : null}
        </div>
        {c.status === 'in_review' && entry.publishBlock ? (
          <p className="text-sm text-fg-muted">{formatReason(entry.publishBlock)}</p>
        ) : null}
        {c.status === 'published' ? <p className="text-sm text-fg-muted">{t('entry.live')}</p> : null}
      </section>
      <section aria-labelledby="edit" className="space-y-3">
        <h2 id="edit" className="text-xl font-semibold">
          {t('entry.edit')}
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
          {t('entry.history')}
        </h2>
        <DataTable
          caption={t('entry.revisions')}
          columns={[
            t('entry.revision'),
            t('statusLabel'),
            t('entry.author'),
            t('entry.saved'),
            t('entry.note'),
            { label: t('asked.actions'), srOnly: true },
          ]}
        >
          {entry.revisions.map((r) => (
            <tr key={r.id} className="border-b border-border align-top">
              <td className="py-2 pr-4">{r.number}</td>
              <td className="py-2 pr-4">
                {t(`status.${r.status}`)}
                {r.id === entry.publishedRevisionId ? (
                  <span className="ml-2 font-semibold">{t('entry.liveBadge')}</span>
                ) : null}
              </td>
              <td className="py-2 pr-4">{r.authorLabel}</td>
              <td className="py-2 pr-4">{formatDateTime(r.updatedAt)}</td>
              <td className="py-2 pr-4">{r.message || '—'}</td>
              <td className="py-2">
                {r.id !== c.id ? (
                  <AnswerStepButton
                    action={restoreAnswerRevisionAction}
                    fields={{ entryId: entry.id, revisionId: r.id }}
                    label={t('entry.restore')}
                    pendingLabel={t('entry.restoring')}
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
