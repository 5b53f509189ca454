'use client';

import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
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
      {open ? (
        <ConfirmDialog
          title={title}
          body={body}
          confirmLabel={confirmLabel}
          pendingLabel={pendingLabel}
          onConfirm={onConfirm}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
