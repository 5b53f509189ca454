'use client';

import Link from 'next/link';
import type { CustomerFormResult } from '@/app/(studio)/studio/customers/actions';
import type { ActionResultWithValues } from '@/lib/validation/action-input';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/users/form-error';
import { useFormAction } from '@/components/ui/use-form-action';
import { useTranslations } from 'use-intl';

export interface CustomerFormField {
  name: string;
  label: string;
  type?: 'text' | 'email';
  hint?: string;
  required?: boolean;
  autoComplete?: string;
}

/**
 * One customer-lifecycle form: optional fields, a hidden customer id, one submit button. useFormAction,
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
  action: (
    prev: unknown,
    formData: FormData,
  ) => Promise<ActionResultWithValues<CustomerFormResult, Partial<Record<string, string>>>>;
  customerId?: string;
  fields?: CustomerFormField[];
  submitLabel: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  heading?: string;
  description?: string;
}) {
  const t = useTranslations('studio.customers');
  const { state, formProps, pending } = useFormAction(action, { onSuccess: (_data, form) => form.reset() });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  const headingId = heading ? `${submitLabel.toLowerCase().replace(/[^a-z]+/g, '-')}-heading` : undefined;
  return (
    <form {...formProps} className="space-y-4 rounded-md border border-border p-4" aria-labelledby={headingId}>
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
              {t('openIt')}
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
