'use client';

// The review's conversation and decisions: comments, approve / request changes (reviewer), withdraw
// (requester), publish now or at a time (publishers; the four-eyes reason is shown when it applies).
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import {
  approveAction,
  cancelScheduleAction,
  commentAction,
  publishAction,
  requestChangesAction,
  withdrawAction,
} from '@/app/(studio)/studio/reviews/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/errors';
import type { ReviewDetail } from '@/lib/studio/dto';
import { formatDateTime } from '@/lib/ui/format';
import { TextAreaField } from '@/components/ui/text-area-field';
import { ScheduleDialog } from './schedule-dialog';
import { useFormAction } from '@/components/ui/use-form-action';

const OPEN = new Set(['PENDING', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED']);

/** The comment kinds with words in studio.reviewActions.kind (an unknown one shows as it is). */
const KINDS = new Set([
  'comment',
  'approved',
  'changes_requested',
  'withdrawn',
  'published',
  'scheduled',
  'schedule_cancelled',
]);

export function ReviewActions({
  review,
  isRequester,
  mayPublish,
}: {
  review: ReviewDetail;
  isRequester: boolean;
  mayPublish: boolean;
}) {
  const router = useRouter();
  const t = useTranslations('studio.reviewActions');
  const [body, setBody] = useState('');
  const [running, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const open = OPEN.has(review.status);
  // The two forms (a comment; the scheduled publication) go through the one form hook.
  const comment = useFormAction(commentAction, {
    onSuccess: () => {
      setBody('');
      setNotice(t('done.comment'));
      router.refresh();
    },
  });
  const schedule = useFormAction(publishAction);
  const busy = running || comment.pending;
  const commentRefused = comment.state && !comment.state.ok ? comment.state : null;
  const shownError = error ?? (commentRefused ? (commentRefused.fieldErrors?.body?.[0] ?? commentRefused.error) : null);

  async function run(action: () => Promise<ActionResult<unknown>>, done: string, clear = true) {
    setBusy(true);
    setError(null);
    comment.setState(null);
    const result = await action();
    setBusy(false);
    if (!result.ok) {
      setError(result.fieldErrors?.body?.[0] ?? result.fieldErrors?.at?.[0] ?? result.error);
      return false;
    }
    if (clear) setBody('');
    setNotice(done);
    router.refresh();
    return true;
  }

  return (
    <aside aria-label={t('label')} className="space-y-6">
      {shownError ? <Alert tone="error">{shownError}</Alert> : null}
      {notice && !shownError ? <Alert tone="success">{notice}</Alert> : null}

      {open ? (
        <section aria-labelledby="decide-heading" className="space-y-3 rounded-md border border-border p-4">
          <h2 id="decide-heading" className="font-semibold">
            {t('decision')}
          </h2>
          {review.canApprove ? (
            <div className="flex flex-wrap gap-2">
              <Button
                disabled={busy}
                onClick={() =>
                  void run(
                    () => approveAction(null, { reviewId: review.id, body: body || undefined }),
                    t('done.approved'),
                  )
                }
              >
                {t('approve')}
              </Button>
              <Button
                variant="secondary"
                disabled={busy}
                onClick={() =>
                  body.trim()
                    ? void run(
                        () => requestChangesAction(null, { reviewId: review.id, body }),
                        t('done.changesRequested'),
                      )
                    : setError(t('changesNeedComment'))
                }
              >
                {t('requestChanges')}
              </Button>
            </div>
          ) : (
            <p className="text-sm text-fg-muted">{t('reviewerDecides', { reviewer: review.reviewer })}</p>
          )}
          {mayPublish ? (
            <div className="space-y-2 border-t border-border pt-3">
              {review.status === 'SCHEDULED' ? (
                <>
                  <p className="text-sm">
                    {review.scheduledFor
                      ? t('scheduledFor', { at: formatDateTime(review.scheduledFor) })
                      : t('scheduledLater')}
                  </p>
                  <Button
                    variant="secondary"
                    disabled={busy}
                    onClick={() =>
                      void run(() => cancelScheduleAction(null, { reviewId: review.id }), t('done.scheduleCancelled'))
                    }
                  >
                    {t('cancelSchedule')}
                  </Button>
                </>
              ) : (
                <>
                  <div className="flex flex-wrap gap-2">
                    <Button
                      disabled={busy || !review.canPublish}
                      aria-describedby="publish-blocked"
                      onClick={() => void run(() => publishAction(null, { reviewId: review.id }), t('done.published'))}
                    >
                      {t('publishNow')}
                    </Button>
                    <Button
                      variant="secondary"
                      disabled={busy || !review.canPublish}
                      aria-describedby="publish-blocked"
                      onClick={() => setScheduling(true)}
                    >
                      {t('schedule')}
                    </Button>
                  </div>
                  <p id="publish-blocked" className="text-sm text-fg-muted">
                    {review.publishBlockedReason ?? t('publishHint')}
                  </p>
                </>
              )}
            </div>
          ) : null}
          {isRequester ? (
            <div className="border-t border-border pt-3">
              <Button
                variant="danger"
                disabled={busy}
                onClick={() => void run(() => withdrawAction(null, { reviewId: review.id }), t('done.withdrawn'))}
              >
                {t('withdraw')}
              </Button>
            </div>
          ) : null}
        </section>
      ) : (
        <p className="text-sm text-fg-muted">{t('closed')}</p>
      )}

      <section aria-labelledby="comments-heading" className="space-y-3">
        <h2 id="comments-heading" className="font-semibold">
          {t('comments')}
        </h2>
        {review.comments.length === 0 ? <p className="text-sm text-fg-muted">{t('noComments')}</p> : null}
        <ol className="space-y-3">
          {review.comments.map((c) => (
            <li key={c.id} className="rounded-md bg-bg-subtle p-3 text-sm">
              <p className="text-xs text-fg-muted">
                {t.rich('commentLine', {
                  author: c.author,
                  action: KINDS.has(c.kind) ? t(`kind.${c.kind}`) : c.kind,
                  at: formatDateTime(c.createdAt),
                  strong: (chunks) => <strong className="text-fg">{chunks}</strong>,
                })}
              </p>
              {c.body ? <p className="mt-1 whitespace-pre-wrap">{c.body}</p> : null}
            </li>
          ))}
        </ol>
        {open ? (
          <form
            {...comment.formProps}
            onSubmit={(event) => {
              setError(null);
              comment.onSubmit(event);
            }}
            method="post"
            noValidate
            className="space-y-2"
          >
            <input type="hidden" name="reviewId" value={review.id} />
            <TextAreaField
              label={t('comment')}
              name="body"
              value={body}
              onChange={(e) => setBody(e.target.value)}
              rows={3}
              hint={t('commentHint')}
            />
            <Button type="submit" variant="secondary" disabled={busy || !body.trim()}>
              {t('addComment')}
            </Button>
          </form>
        ) : null}
      </section>

      {scheduling ? (
        <ScheduleDialog
          onClose={() => setScheduling(false)}
          onSchedule={async (at) => {
            const ok = await run(
              () => schedule.run({ reviewId: review.id, at }),
              t('done.scheduled', { at: formatDateTime(at) }),
              false,
            );
            if (ok) setScheduling(false);
          }}
          error={error}
        />
      ) : null}
    </aside>
  );
}
