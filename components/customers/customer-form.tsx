'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import type { CustomerFormState } from '@/app/(studio)/studio/customers/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/users/form-error';

export interface CustomerFormField {
  name: string;
  label: string;
  type?: 'text' | 'email';
  hint?: string;
  required?: boolean;
  autoComplete?: string;
}

/**
 * One customer-lifecycle form: optional fields, a hidden customer id, one submit button. useActionState,
 * so it works as a plain form post without JavaScript; a refused submission keeps what was typed.
 */
export function CustomerForm({
  action,
  customerId,
  fields = [],
  submitLabel,
  pendingLabel,
  variant = 'primary',
  heading,
  description,
}: {
  action: (prev: CustomerFormState, formData: FormData) => Promise<CustomerFormState>;
  customerId?: string;
  fields?: CustomerFormField[];
  submitLabel: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  heading?: string;
  description?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  const headingId = heading ? `${submitLabel.toLowerCase().replace(/[^a-z]+/g, '-')}-heading` : undefined;
  return (
    <form action={formAction} className="space-y-4 rounded-md border border-border p-4" aria-labelledby={headingId}>
      {heading ? (
        <h2 id={headingId} className="text-xl font-semibold">
          {heading}
        </h2>
      ) : null}
      {description ? <p className="text-sm text-fg-muted">{description}</p> : null}
      {state?.ok ? (
        <Alert tone="success">
          {state.data.message}{' '}
          {state.data.href ? (
            <Link href={state.data.href} className="underline">
              Open it
            </Link>
          ) : null}
        </Alert>
      ) : null}
      <FormError state={state} />
      {customerId ? <input type="hidden" name="customerId" value={customerId} /> : null}
      {fields.map((f) => (
        <Field
          key={`${f.name}-${state && !state.ok ? 'retry' : 'fresh'}`}
          label={f.label}
          name={f.name}
          type={f.type ?? 'text'}
          hint={f.hint}
          required={f.required}
          autoComplete={f.autoComplete ?? 'off'}
          defaultValue={values?.[f.name] ?? ''}
          errors={errors?.[f.name]}
        />
      ))}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
