'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionResult } from '@/lib/errors';

/** One workflow step (send for review, publish, restore, dismiss…): a form of hidden fields and a button. */
export function AnswerStepButton({
  action,
  fields,
  label,
  pendingLabel,
  variant = 'secondary',
}: {
  action: (prev: unknown, input: FormData) => Promise<ActionResult<unknown>>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
}) {
  const { state, formProps, pending } = useFormAction(action);
  return (
    <form {...formProps} className="inline-flex flex-col gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
    </form>
  );
}
