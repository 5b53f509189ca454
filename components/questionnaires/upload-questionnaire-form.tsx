'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { ActionResult } from '@/lib/errors';
import { useTranslations } from 'use-intl';

/**
 * Upload a prospect's questionnaire (XLSX or CSV, up to 10 MB). A multipart post to the upload route:
 * with JavaScript it is fetched and the refusal shown here; without, the browser posts the form and the
 * route redirects (to the questionnaire, or back here with the reason).
 */
export function UploadQuestionnaireForm({ refusal }: { refusal?: string | null }) {
  const t = useTranslations('studio.questionnaires.upload');
  const router = useRouter();
  const [state, setState] = useState<ActionResult<{ id: string }> | null>(null);
  const [pending, start] = useTransition();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    start(async () => {
      const res = await fetch('/studio/questionnaires/upload', {
        method: 'POST',
        body: data,
        headers: { accept: 'application/json' },
      });
      const result = (await res.json().catch(() => ({
        ok: false,
        code: 'INTERNAL',
        error: t('failed'),
      }))) as ActionResult<{ id: string }>;
      setState(result);
      if (result.ok) router.push(`/studio/questionnaires/${result.data.id}`);
    });
  }
  const error = state && !state.ok ? state.error : (refusal ?? null);
  return (
    <form
      method="post"
      action="/studio/questionnaires/upload"
      encType="multipart/form-data"
      onSubmit={onSubmit}
      className="space-y-4"
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t('uploaded')}</Alert> : null}
      <Field
        id="questionnaire-company"
        label={t('company')}
        name="company"
        required
        maxLength={120}
        hint={t('companyHint')}
      />
      <div className="space-y-1">
        <label htmlFor="questionnaire-file" className="block text-sm font-medium">
          {t('file')}
        </label>
        <input
          id="questionnaire-file"
          name="file"
          type="file"
          required
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          className="block text-sm"
          aria-describedby="questionnaire-file-hint"
        />
        <p id="questionnaire-file-hint" className="text-sm text-fg-muted">
          {t('fileHint')}
        </p>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t('pending') : t('submit')}
      </Button>
    </form>
  );
}
