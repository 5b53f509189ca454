'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * The one modal of the app, on the native <dialog> (focus trapped, Escape closes, background inert), opened on mount.
 * Closing by Escape or a button calls onClose; the parent then stops rendering it.
 */
export function Modal({
  title,
  description,
  onClose,
  children,
  wide = false,
}: {
  title: string;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className={`m-auto w-[calc(100%-2rem)] ${wide ? 'max-w-xl' : 'max-w-md'} rounded-lg border border-border bg-bg p-6 text-fg backdrop:bg-black/50`}
    >
      <div className="space-y-4">
        <h2 id={titleId} className="text-xl font-semibold">
          {title}
        </h2>
        {description ? (
          <div id={descriptionId} className="text-sm text-fg-muted">
            {description}
          </div>
        ) : null}
        {children}
      </div>
    </dialog>
  );
}
