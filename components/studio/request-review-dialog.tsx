'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { requestReviewAction } from '@/app/(studio)/studio/pages/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Modal } from '@/components/ui/modal';
import { SelectField } from '@/components/ui/select-field';
import type { ReviewerOption } from '@/lib/studio/dto';
import { TextAreaField } from '@/components/ui/text-area-field';

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
  const [busy, setBusy] = useState(false);
  const [notable, setNotable] = useState(false);
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    const expectedVersion = await prepare();
    if (expectedVersion === null) {
      setBusy(false);
      setError({ message: 'The draft could not be saved; see the message above the editor, then try again.' });
      return;
    }
    const result = await requestReviewAction(null, {
      pageId,
      reviewerId: String(data.get('reviewerId') ?? ''),
      message: String(data.get('message') ?? ''),
      notable: notable,
      summary: notable ? String(data.get('summary') ?? '') : undefined,
      expectedVersion,
    });
    if (!result.ok) {
      setBusy(false);
      setError({ message: result.error, fields: result.fieldErrors });
      return;
    }
    router.push(`/studio/reviews/${result.data.reviewId}`);
  }

  return (
    <Modal
      title="Request review"
      description="The reviewer sees the rendered and source changes against the published page."
      onClose={onClose}
      wide
    >
      {reviewers.length === 0 ? (
        <Alert tone="info">
          Nobody else in the organization can review content yet. Give a colleague a role with content editing.
        </Alert>
      ) : (
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
          {error ? <Alert tone="error">{error.message}</Alert> : null}
          <SelectField label="Reviewer" name="reviewerId" defaultValue="" errors={error?.fields?.reviewerId} required>
            <option value="" disabled>
              Choose a reviewer
            </option>
            {reviewers.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name} ({r.email}){r.canPublish ? ' · can publish' : ''}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label="Message"
            name="message"
            hint="What changed and why, for the reviewer."
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
              <span className="font-medium">Notable change</span>
              <span className="block text-fg-muted">Listed in the public changelog and its feed when published.</span>
            </label>
          </div>
          {notable ? (
            <Field
              label="Changelog summary"
              name="summary"
              maxLength={280}
              hint="One or two sentences prospects will read."
              errors={error?.fields?.summary}
            />
          ) : null}
          <div className="flex flex-wrap justify-end gap-3">
            <Button variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={busy}>
              {busy ? 'Requesting…' : 'Request review'}
            </Button>
          </div>
        </form>
      )}
    </Modal>
  );
}
