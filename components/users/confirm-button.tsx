'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/**
 * A button that asks "are you sure?" in a modal (native <dialog>: focus trapped, Escape cancels) before a
 * destructive change, and shows the server's refusal in place.
 */
export function ConfirmButton({
  label,
  title,
  body,
  confirmLabel,
  pendingLabel,
  onConfirm,
  variant = 'danger',
  buttonLabel,
}: {
  label: string;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  /** Resolves to an error message to show, or null when done. */
  onConfirm: () => Promise<string | null>;
  variant?: 'danger' | 'secondary';
  /** Accessible name of the opening button when `label` alone is ambiguous. */
  buttonLabel?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)} aria-label={buttonLabel}>
        {label}
      </Button>
      {open ? <ConfirmDialog title={title} body={body} confirmLabel={confirmLabel} pendingLabel={pendingLabel} onConfirm={onConfirm} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ConfirmDialog(props: {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-border bg-bg p-6 text-fg backdrop:bg-black/50"
    >
      <div className="space-y-4">
        <h2 id={titleId} className="text-xl font-semibold">
          {props.title}
        </h2>
        <div id={bodyId} className="text-sm text-fg-muted">
          {props.body}
        </div>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={props.onClose} autoFocus>
            Cancel
          </Button>
          <Button
            variant="danger"
            disabled={pending}
            onClick={async () => {
              setPending(true);
              const message = await props.onConfirm();
              setPending(false);
              if (message) setError(message);
              else props.onClose();
            }}
          >
            {pending ? props.pendingLabel : props.confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
