'use client';

import { useTranslations } from 'use-intl';
import { viewerLinkAction } from '@/app/(trust)/documents/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

/** For a requester whose link was used or whose viewer session ended while access still lasts. */
export function ViewerLinkForm() {
  const t = useTranslations('documentFlow.form.newLink');
  const { state, formProps, pending } = useFormAction(viewerLinkAction);
  if (state?.ok) {
    return <Alert tone="success">{t('sent')}</Alert>;
  }
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form {...formProps} className="space-y-3" noValidate aria-labelledby="new-link">
      <h2 id="new-link" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {state && !state.ok && !state.fieldErrors ? <Alert tone="error">{state.error}</Alert> : null}
      <Field
        id="viewer-link-email"
        label={t('email')}
        name="email"
        type="email"
        autoComplete="email"
        errors={errors.email}
      />
      <Button type="submit" disabled={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
