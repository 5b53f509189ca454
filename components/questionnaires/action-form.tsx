'use client';

import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionResult } from '@/lib/errors';

/**
 * A questionnaire form (row decision, edit, assignment, bulk accept, status, mapping): its fields are the
 * children; the action redirects to the page that shows the result, and a refusal is shown under it.
 */
export function ActionForm({
  action,
  children,
  className,
  label,
}: {
  action: (prev: unknown, input: FormData) => Promise<ActionResult<unknown>>;
  children: ReactNode;
  className?: string;
  label?: string;
}) {
  const { state, formProps, pending } = useFormAction(action);
  return (
    <form {...formProps} className={className} aria-label={label} aria-busy={pending || undefined}>
      {children}
      {state && !state.ok ? (
        <div className="mt-2 basis-full">
          <Alert tone="error">
            {state.fieldErrors ? Object.values(state.fieldErrors).flat().join(' ') || state.error : state.error}
          </Alert>
        </div>
      ) : null}
    </form>
  );
}
