'use client';

import { useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Modal } from '@/components/ui/modal';

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
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal title={props.title} description={props.body} onClose={props.onClose}>
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
    </Modal>
  );
}
