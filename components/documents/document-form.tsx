'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { DocumentDto } from '@/lib/documents/dto';
import type { ActionResult } from '@/lib/errors';
import { DOCUMENT_CATEGORIES } from '@/lib/validation/documents';
import { useTranslations } from 'use-intl';

const control =
  'block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg aria-[invalid=true]:border-danger';

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <div id={id} role="alert" className="text-sm text-danger">
      <ul>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  ) : null;
}

/** Create a document or edit one (a new file becomes the current version; old files are kept). */
export function DocumentForm({ doc, maxMb }: { doc?: DocumentDto; maxMb: number }) {
  const t = useTranslations('studio.documents');
  const router = useRouter();
  const [state, setState] = useState<ActionResult<DocumentDto> | null>(null);
  const [pending, start] = useTransition();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    start(async () => {
      const res = await fetch('/studio/documents/upload', { method: 'POST', body: data });
      const result = (await res.json().catch(() => ({
        ok: false,
        code: 'INTERNAL',
        error: t('form.uploadFailed'),
      }))) as ActionResult<DocumentDto>;
      setState(result);
      if (result.ok) {
        const fileInput = form.querySelector<HTMLInputElement>('input[type=file]');
        if (fileInput) fileInput.value = '';
        if (!doc) router.push(`/studio/documents/${result.data.id}`);
        else router.refresh();
      }
    });
  }
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const prefix = doc ? 'edit' : 'new';
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-5" noValidate>
      {state && !state.ok ? (
        <Alert tone="error">{state.fieldErrors ? t('form.checkFields') : state.error}</Alert>
      ) : null}
      {state?.ok ? <Alert tone="success">{doc ? t('form.saved') : t('form.savedOpening')}</Alert> : null}
      {doc ? (
        <input type="hidden" name="documentId" value={doc.id} />
      ) : (
        <Field
          id={`${prefix}-slug`}
          label={t('form.slug')}
          name="slug"
          required
          errors={errors.slug}
          hint={t('form.slugHint')}
        />
      )}
      <Field
        id={`${prefix}-title`}
        label={t('form.title')}
        name="title"
        required
        defaultValue={doc?.title}
        errors={errors.title}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${prefix}-category`} className="block text-sm font-medium">
            {t('category')}
          </label>
          <input
            id={`${prefix}-category`}
            name="category"
            list="document-categories"
            required
            defaultValue={doc?.category}
            className={control}
            aria-invalid={errors.category ? true : undefined}
            aria-describedby={errors.category ? `${prefix}-category-error` : undefined}
          />
          <datalist id="document-categories">
            {DOCUMENT_CATEGORIES.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <Errors id={`${prefix}-category-error`} errors={errors.category} />
        </div>
        <Field
          id={`${prefix}-version`}
          label={t('version')}
          name="version"
          required
          defaultValue={doc?.version}
          errors={errors.version}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${prefix}-description`} className="block text-sm font-medium">
          {t('form.description')}
        </label>
        <textarea
          id={`${prefix}-description`}
          name="description"
          rows={3}
          required
          defaultValue={doc?.description}
          className={control}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? `${prefix}-description-error` : undefined}
        />
        <Errors id={`${prefix}-description-error`} errors={errors.description} />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          id={`${prefix}-valid-from`}
          label={t('form.validFrom')}
          name="validFrom"
          type="date"
          defaultValue={doc?.validFrom ?? ''}
          errors={errors.validFrom}
        />
        <Field
          id={`${prefix}-valid-until`}
          label={t('form.validUntil')}
          name="validUntil"
          type="date"
          defaultValue={doc?.validUntil ?? ''}
          errors={errors.validUntil}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t('form.visibility')}</legend>
        <div className="flex items-center gap-2">
          <input
            type="radio"
            id={`${prefix}-vis-gated`}
            name="visibility"
            value="GATED"
            defaultChecked={(doc?.visibility ?? 'GATED') === 'GATED'}
          />
          <label htmlFor={`${prefix}-vis-gated`} className="text-sm">
            {t('form.gated')}
          </label>
        </div>
        <div className="flex items-center gap-2">
          <input
            type="radio"
            id={`${prefix}-vis-public`}
            name="visibility"
            value="PUBLIC"
            defaultChecked={doc?.visibility === 'PUBLIC'}
          />
          <label htmlFor={`${prefix}-vis-public`} className="text-sm">
            {t('form.public')}
          </label>
        </div>
        <Errors id={`${prefix}-vis-error`} errors={errors.visibility} />
      </fieldset>
      <Field
        id={`${prefix}-file`}
        label={doc ? t('form.replaceFile') : t('edit.file')}
        name="file"
        type="file"
        required={!doc}
        errors={errors.file}
        hint={t('form.fileHint', { maxMb })}
      />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t('form.saving') : doc ? t('form.save') : t('form.upload')}
      </Button>
    </form>
  );
}
