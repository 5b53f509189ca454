'use client';

import { useTranslations } from 'use-intl';
import { useState } from 'react';
import { createWebhookAction } from '@/app/(account)/account/webhooks/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { SecretReveal } from './secret-reveal';

/** Registers an endpoint (sudo) and shows its signing secret once. */
export function AddEndpointForm() {
  const t = useTranslations('account.webhooks.addEndpointForm');
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const { state, formProps, pending, sudoDialog } = useFormAction(createWebhookAction, {
    sudo: t('addingAWebhookEndpoint'),
    onSuccess: (data, form) => {
      form.reset();
      setCreated({ url: data.endpoint.url, secret: data.secret });
    },
  });
  const error = state && !state.ok ? { message: state.error, fields: state.fieldErrors ?? {} } : null;
  const busy = pending;

  return (
    <div className="space-y-4">
      {created ? (
        <SecretReveal
          title={`Endpoint ${created.url} added.`}
          secret={created.secret}
          onDone={() => setCreated(null)}
        />
      ) : null}
      <form {...formProps} noValidate className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-start">
        <Field
          id="webhook-url"
          label="URL"
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://example.com/hooks/trust"
          hint={t('anHttpsAddressYour')}
          errors={error?.fields.url}
        />
        <Field
          id="webhook-description"
          label={t('description')}
          name="description"
          autoComplete="off"
          maxLength={200}
          hint={t('optionalEGVendor')}
          errors={error?.fields.description}
        />
        <Button type="submit" disabled={busy} className="sm:mt-6">
          {busy ? t('adding') : t('addEndpoint')}
        </Button>
      </form>
      {error && !Object.keys(error.fields).length ? <Alert tone="error">{error.message}</Alert> : null}
      {sudoDialog}
    </div>
  );
}
