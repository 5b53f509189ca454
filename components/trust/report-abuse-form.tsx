'use client';

import { type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { reportAbuseAction } from '@/app/(trust)/report-abuse/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ABUSE_CATEGORIES, ABUSE_LIMITS } from '@/lib/abuse/categories';
import { useFocusOn } from '@/components/ui/use-focus-on';
import { useFormAction } from '@/components/ui/use-form-action';

const control =
  'block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg aria-[invalid=true]:border-danger';

/** A labelled select or textarea with hint and errors wired up like components/ui/field. */
function Labelled(props: {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: (aria: object) => ReactNode;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.errors?.length ? `${props.id}-error` : undefined;
  const aria = {
    id: props.id,
    'aria-invalid': props.errors?.length ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className="block text-sm font-medium">
        {props.label}
      </label>
      {props.children(aria)}
      {props.hint ? (
        <div id={hintId} className="text-sm text-fg-muted">
          {props.hint}
        </div>
      ) : null}
      {errorId ? (
        <ul id={errorId} className="text-sm text-danger">
          {props.errors!.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The public abuse report. Works as a plain form post too (useFormAction); on success the reporter sees
 * the reference number, which also receives focus so screen readers announce it.
 */
export function ReportAbuseForm() {
  const t = useTranslations('abuse.form');
  const { state, formProps, pending } = useFormAction(reportAbuseAction, { onSuccess: (_data, form) => form.reset() });
  const done = useFocusOn<HTMLHeadingElement>(Boolean(state?.ok));

  if (state?.ok) {
    return (
      <section aria-labelledby="report-done" className="mt-8 rounded-lg border border-ok bg-bg-subtle p-6">
        <h2 id="report-done" ref={done} tabIndex={-1} className="text-xl font-semibold outline-none">
          {t('doneHeading')}
        </h2>
        <p className="mt-2">
          {t.rich('reference', {
            reference: state.data.reference,
            ref: (chunks) => (
              <strong className="font-mono text-lg" data-testid="abuse-reference">
                {chunks}
              </strong>
            ),
          })}
        </p>
        <p className="mt-2 text-sm text-fg-muted">{t('reviewed')}</p>
      </section>
    );
  }

  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form {...formProps} className="mt-8 space-y-6" noValidate>
      {state && !state.ok ? (
        <Alert tone="error">{state.code === 'VALIDATION' ? t('invalid') : state.error}</Alert>
      ) : null}
      <Labelled id="abuse-category" label={t('category')} errors={errors.category}>
        {(aria) => (
          <select name="category" required defaultValue={values?.category ?? ''} className={control} {...aria}>
            <option value="" disabled>
              {t('choose')}
            </option>
            {Object.keys(ABUSE_CATEGORIES).map((value) => (
              <option key={value} value={value}>
                {t(`categories.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <Labelled id="abuse-evidence" label={t('evidence')} hint={t('evidenceHint')} errors={errors.evidence}>
        {(aria) => (
          <textarea
            name="evidence"
            required
            rows={6}
            maxLength={ABUSE_LIMITS.evidence}
            defaultValue={values?.evidence}
            spellCheck={false}
            className={`${control} font-mono text-sm`}
            {...aria}
          />
        )}
      </Labelled>
      <Labelled id="abuse-description" label={t('description')} hint={t('descriptionHint')} errors={errors.description}>
        {(aria) => (
          <textarea
            name="description"
            required
            rows={5}
            minLength={ABUSE_LIMITS.descriptionMin}
            maxLength={ABUSE_LIMITS.description}
            defaultValue={values?.description}
            className={control}
            {...aria}
          />
        )}
      </Labelled>
      <Field
        label={t('email')}
        name="reporterEmail"
        id="abuse-email"
        type="email"
        autoComplete="email"
        defaultValue={values?.reporterEmail}
        hint={t('emailHint')}
        errors={errors.reporterEmail}
      />
      {/* Honeypot: invisible to people (and to screen readers), irresistible to form-filling bots. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="abuse-website">{t('honeypot')}</label>
        <input id="abuse-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
