'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { requestReviewAction } from '@/app/(studio)/studio/pages/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Modal } from '@/components/ui/modal';
import { SelectField } from '@/components/ui/select-field';
import type { ReviewerOption } from '@/lib/studio/dto';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useFormAction } from '@/components/ui/use-form-action';

/**
 * Snapshots the draft into a revision and assigns a reviewer. `prepare` saves pending edits first and
 * returns the draft version to submit, or null (with the reason shown by the editor) when it cannot.
 */
export function RequestReviewDialog({
  pageId,
  reviewers,
  prepare,
  onClose,
}: {
  pageId: string;
  reviewers: ReviewerOption[];
  prepare: () => Promise<number | null>;
  onClose: () => void;
}) {
  const router = useRouter();
  const t = useTranslations('studio.requestReview');
  const [busy, setBusy] = useState(false);
  const [notable, setNotable] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  const review = useFormAction(requestReviewAction);
  const refused = review.state && !review.state.ok ? review.state : null;
  const error = unsaved
    ? { message: t('unsaved') }
    : refused
      ? { message: refused.error, fields: refused.fieldErrors }
      : null;

  // The form's data goes through the one form hook's run(), once the editor's pending edits are saved
  // (`prepare`), with the draft version that produced.
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    setUnsaved(false);
    const expectedVersion = await prepare();
    if (expectedVersion === null) {
      setBusy(false);
      setUnsaved(true);
      return;
    }
    data.set('expectedVersion', String(expectedVersion));
    const result = await review.run(data);
    if (!result.ok) {
      setBusy(false);
      return;
    }
    router.push(`/studio/reviews/${result.data.reviewId}`);
  }

  return (
    <Modal title={t('title')} description={t('description')} onClose={onClose} wide>
      {reviewers.length === 0 ? (
        <Alert tone="info">{t('noReviewers')}</Alert>
      ) : (
        <form {...review.formProps} onSubmit={onSubmit} method="post" noValidate className="space-y-4">
          <input type="hidden" name="pageId" value={pageId} />
          {error ? <Alert tone="error">{error.message}</Alert> : null}
          <SelectField
            label={t('reviewer')}
            name="reviewerId"
            defaultValue=""
            errors={error?.fields?.reviewerId}
            required
          >
            <option value="" disabled>
              {t('chooseReviewer')}
            </option>
            {reviewers.map((r) => (
              <option key={r.id} value={r.id}>
                {r.canPublish
                  ? t('reviewerPublisher', { name: r.name, email: r.email })
                  : t('reviewerOption', { name: r.name, email: r.email })}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label={t('message')}
            name="message"
            hint={t('messageHint')}
            errors={error?.fields?.message}
            required
          />
          <div className="flex items-start gap-2">
            <input
              id="review-notable"
              type="checkbox"
              name="notable"
              checked={notable}
              onChange={(e) => setNotable(e.target.checked)}
              className="mt-1"
            />
            <label htmlFor="review-notable" className="text-sm">
              <span className="font-medium">{t('notable')}</span>
              <span className="block text-fg-muted">{t('notableHint')}</span>
            </label>
          </div>
          {notable ? (
            <Field
              label={t('summary')}
              name="summary"
              maxLength={280}
              hint={t('summaryHint')}
              errors={error?.fields?.summary}
            />
          ) : null}
          <div className="flex flex-wrap justify-end gap-3">
            <Button variant="secondary" onClick={onClose}>
              {t('cancel')}
            </Button>
            <Button type="submit" disabled={busy}>
              {busy ? t('pending') : t('submit')}
            </Button>
          </div>
        </form>
      )}
    </Modal>
  );
}
