'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Modal } from '@/components/ui/modal';

/**
 * When to publish a review (components/studio/review-actions.tsx): the browser's local time becomes an
 * exact instant, checked here for a time in the future; `onSchedule` sends it through the review's form
 * hook (useFormAction's run) and the server checks again.
 */
export function ScheduleDialog({
  onClose,
  onSchedule,
  error,
}: {
  onClose: () => void;
  onSchedule: (at: string) => Promise<void>;
  error: string | null;
}) {
  const t = useTranslations('studio.schedule');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // datetime-local is the browser's local time; the server gets an exact instant.
    const at = value ? new Date(value) : null;
    if (!at || Number.isNaN(at.getTime())) return setProblem(t('missing'));
    if (at.getTime() <= Date.now()) return setProblem(t('past'));
    setProblem(null);
    await onSchedule(at.toISOString());
  }
  return (
    <Modal title={t('title')} description={t('description')} onClose={onClose}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Field
          label={t('at')}
          name="at"
          type="datetime-local"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          errors={problem ? [problem] : undefined}
          hint={t('atHint')}
        />
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit">{t('title')}</Button>
        </div>
      </form>
    </Modal>
  );
}
