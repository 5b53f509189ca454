'use client';

import { useState, type FormEvent } from 'react';
import { createWebhookAction } from '@/app/(account)/account/webhooks/actions';
import { useSudo } from '@/components/auth/use-sudo';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SecretReveal } from './secret-reveal';

/** Registers an endpoint (sudo) and shows its signing secret once. */
export function AddEndpointForm() {
  const { withSudo, sudoDialog } = useSudo('Adding a webhook endpoint is a sensitive change.');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string[]> } | null>(null);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = { url: String(data.get('url') ?? ''), description: String(data.get('description') ?? '') };
    setBusy(true);
    const result = await withSudo(() => createWebhookAction(null, input));
    setBusy(false);
    if (!result.ok) {
      setError({ message: result.error, fields: result.fieldErrors ?? {} });
      return;
    }
    setError(null);
    form.reset();
    setCreated({ url: result.data.endpoint.url, secret: result.data.secret });
  }

  return (
    <div className="space-y-4">
      {created ? <SecretReveal title={`Endpoint ${created.url} added.`} secret={created.secret} onDone={() => setCreated(null)} /> : null}
      <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-start">
        <Field
          id="webhook-url"
          label="URL"
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://example.com/hooks/trust"
          hint="An https:// address your systems listen on."
          errors={error?.fields.url}
        />
        <Field id="webhook-description" label="Description" name="description" autoComplete="off" maxLength={200} hint="Optional, e.g. “Vendor risk tool”." errors={error?.fields.description} />
        <Button type="submit" disabled={busy} className="sm:mt-6">
          {busy ? 'Adding…' : 'Add endpoint'}
        </Button>
      </form>
      {error && !Object.keys(error.fields).length ? <Alert tone="error">{error.message}</Alert> : null}
      {sudoDialog}
    </div>
  );
}
