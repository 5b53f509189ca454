'use client';

import { viewerLinkAction } from '@/app/(trust)/documents/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

/** For a requester whose link was used or whose viewer session ended while access still lasts. */
export function ViewerLinkForm() {
  const { state, formProps, pending } = useFormAction(viewerLinkAction);
  if (state?.ok) {
    return (
      <Alert tone="success">If this address has access to documents, a new link is on its way. Check your inbox.</Alert>
    );
  }
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form {...formProps} className="space-y-3" noValidate aria-labelledby="new-link">
      <h2 id="new-link" className="text-lg font-semibold">
        Still have access? Get a new link
      </h2>
      {state && !state.ok && !state.fieldErrors ? <Alert tone="error">{state.error}</Alert> : null}
      <Field
        id="viewer-link-email"
        label="Your work email"
        name="email"
        type="email"
        autoComplete="email"
        errors={errors.email}
      />
      <Button type="submit" disabled={pending}>
        Email me a new link
      </Button>
    </form>
  );
}
