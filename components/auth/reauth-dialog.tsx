'use client';

import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { reauthenticateAction } from '@/app/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';

/**
 * "Confirm it's you": a modal (native <dialog>, so focus is trapped and Escape cancels) asking for the
 * password before a sensitive change. Opens on mount; reports whether the user confirmed.
 */
export function ReauthDialog({ onDone, reason }: { onDone: (confirmed: boolean) => void; reason?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [error, setError] = useState<{ message: string; field?: string[] } | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await reauthenticateAction(null, data);
      if (result.ok) {
        ref.current?.close();
        onDone(true);
      } else {
        setError({ message: result.error, field: result.fieldErrors?.password });
      }
    });
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={() => onDone(false)}
      className="m-auto w-full max-w-md rounded-lg border border-border bg-bg p-6 text-fg backdrop:bg-black/50"
    >
      {/* method=post: even if this ever ended up inside another form or ran without JS, the password never lands in a URL. */}
      <form method="post" onSubmit={submit} className="space-y-4" noValidate>
        <h2 id={titleId} className="text-xl font-semibold">
          Confirm it&rsquo;s you
        </h2>
        <p className="text-sm text-fg-muted">
          {reason ?? 'This is a sensitive change.'} Enter your password to continue; you will not be asked again for
          10 minutes.
        </p>
        {error && !error.field ? <Alert tone="error">{error.message}</Alert> : null}
        <Field label="Your password" name="password" type="password" autoComplete="current-password" required autoFocus errors={error?.field} />
        <div className="flex justify-end gap-3">
          <Button
            variant="secondary"
            onClick={() => {
              ref.current?.close();
              onDone(false);
            }}
          >
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? 'Confirming…' : 'Confirm'}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
