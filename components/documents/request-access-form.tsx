'use client';

import { useTranslations } from 'use-intl';
import { requestAccessAction } from '@/app/(trust)/documents/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFocusOn } from '@/components/ui/use-focus-on';
import { useFormAction } from '@/components/ui/use-form-action';

const control =
  'block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg aria-[invalid=true]:border-danger';

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <div id={id} role="alert" className="text-sm text-danger">
      <ul>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The public request: who, why, which documents, and the NDA as an explicit click-through. When the vendor
 * configured Google, Microsoft or customers' single sign-on (`signInOptions`), the email can be confirmed
 * by signing in there instead of by the emailed link; without any, the form is the emailed-link form only.
 */
export function RequestAccessForm(props: {
  documents: { id: string; title: string; category: string }[];
  preselected: string[];
  nda: { version: string; title: string; paragraphs: string[] };
  signInOptions?: { key: string; label: string }[];
  /** Why the last sign-in did not confirm the email (the provider's answer came back refused). */
  verificationFailure?: string | null;
}) {
  const t = useTranslations('documentFlow.form');
  const { state, formProps, pending } = useFormAction(requestAccessAction, {
    onSuccess: (data, form) => {
      // To the provider's sign-in page; the link below is there for a browser without JavaScript.
      if (data.continueTo) window.location.assign(data.continueTo);
      else form.reset();
    },
  });
  const done = useFocusOn<HTMLHeadingElement>(Boolean(state?.ok));

  if (state?.ok && state.data.continueTo) {
    return (
      <section aria-labelledby="request-continue" className="mt-8 rounded-lg border border-border bg-bg-subtle p-6">
        <h2 id="request-continue" ref={done} tabIndex={-1} className="text-xl font-semibold outline-none">
          Confirm your email with {state.data.provider}
        </h2>
        <p className="mt-2">
          <a href={state.data.continueTo} className="font-medium underline">
            Continue to sign in with {state.data.provider}
          </a>
        </p>
      </section>
    );
  }
  if (state?.ok) {
    return (
      <section aria-labelledby="request-done" className="mt-8 rounded-lg border border-ok bg-bg-subtle p-6">
        <h2 id="request-done" ref={done} tabIndex={-1} className="text-xl font-semibold outline-none">
          {t('doneHeading')}
        </h2>
        <p className="mt-2">{t.rich('sent', { email: state.data.email, b: (chunks) => <strong>{chunks}</strong> })}</p>
      </section>
    );
  }
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = state && !state.ok ? state.values : undefined;
  const chosen = new Set(values?.documentIds ?? props.preselected);
  return (
    <form {...formProps} className="mt-8 space-y-6" noValidate>
      {props.verificationFailure && !state ? <Alert tone="error">{props.verificationFailure}</Alert> : null}
      {state && !state.ok ? <Alert tone="error">{state.fieldErrors ? t('invalid') : state.error}</Alert> : null}
      <div className="grid gap-6 sm:grid-cols-2">
        <Field
          label={t('name')}
          name="name"
          autoComplete="name"
          required
          defaultValue={values?.name}
          errors={errors.name}
        />
        <Field
          label={t('email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={values?.email}
          errors={errors.email}
          hint={t('emailHint')}
        />
      </div>
      <Field
        label={t('company')}
        name="company"
        autoComplete="organization"
        required
        defaultValue={values?.company}
        errors={errors.company}
      />
      <div className="space-y-1">
        <label htmlFor="request-reason" className="block text-sm font-medium">
          {t('reason')}
        </label>
        <textarea
          id="request-reason"
          name="reason"
          rows={3}
          required
          className={control}
          defaultValue={values?.reason}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? 'request-reason-error' : undefined}
        />
        <Errors id="request-reason-error" errors={errors.reason} />
      </div>
      <fieldset className="space-y-2" aria-describedby={errors.documentIds ? 'request-docs-error' : undefined}>
        <legend className="text-sm font-medium">{t('documents')}</legend>
        {props.documents.map((d) => (
          <div key={d.id} className="flex items-start gap-2">
            <input
              type="checkbox"
              id={`doc-${d.id}`}
              name="documentIds"
              value={d.id}
              defaultChecked={chosen.has(d.id)}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor={`doc-${d.id}`} className="text-sm">
              {d.title} <span className="text-fg-muted">({d.category})</span>
            </label>
          </div>
        ))}
        <Errors id="request-docs-error" errors={errors.documentIds} />
      </fieldset>
      <section aria-labelledby="nda-title" className="rounded-md border border-border bg-bg-subtle p-4">
        <h2 id="nda-title" className="text-base font-semibold">
          {props.nda.title}{' '}
          <span className="font-normal text-fg-muted">{t('ndaVersion', { version: props.nda.version })}</span>
        </h2>
        <div
          className="mt-2 max-h-48 space-y-2 overflow-y-auto text-sm"
          tabIndex={0}
          role="region"
          aria-label={t('ndaRegion')}
        >
          {props.nda.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
        <input type="hidden" name="ndaVersion" value={props.nda.version} />
        <div className="mt-3 flex items-start gap-2">
          <input
            type="checkbox"
            id="nda-accepted"
            name="ndaAccepted"
            required
            defaultChecked={values?.ndaAccepted === 'on'}
            className="mt-1 h-4 w-4"
            aria-invalid={errors.ndaAccepted ? true : undefined}
            aria-describedby={errors.ndaAccepted ? 'nda-error' : undefined}
          />
          <label htmlFor="nda-accepted" className="text-sm font-medium">
            {t('ndaAccept')}
          </label>
        </div>
        <Errors id="nda-error" errors={errors.ndaAccepted} />
      </section>
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="request-website">{t('honeypot')}</label>
        <input id="request-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
      {props.signInOptions?.length ? (
        <div className="space-y-2 border-t border-border pt-4">
          <p className="text-sm text-fg-muted">{t('verifyInstead')}</p>
          <div className="flex flex-wrap gap-3">
            {props.signInOptions.map((o) => (
              <Button
                key={o.key}
                type="submit"
                name="verifyWith"
                value={o.key}
                variant="secondary"
                disabled={pending}
                aria-disabled={pending}
              >
                {t('verifyWith', { provider: o.label })}
              </Button>
            ))}
          </div>
        </div>
      ) : null}
    </form>
  );
}
