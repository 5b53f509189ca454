import { Alert } from '@/components/ui/alert';
import type { ActionResult } from '@/lib/errors';

/**
 * A refused submission, announced: the general message in an alert, or — when fields are at fault —
 * the field messages read out once (they are also shown next to each field).
 */
export function FormError({ state }: { state: ActionResult<unknown> | null }) {
  if (!state || state.ok) return null;
  const fieldMessages = Object.values(state.fieldErrors ?? {}).flat();
  if (!fieldMessages.length) return <Alert tone="error">{state.error}</Alert>;
  return (
    <p role="alert" className="sr-only">
      {state.error} {fieldMessages.join(' ')}
    </p>
  );
}
