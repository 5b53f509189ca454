'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

/**
 * Lockout protection: saving a panel list that refuses the admin's own address needs an explicit
 * confirmation naming that address. Native <dialog>: focus stays inside, Escape cancels.
 */
export function LockoutDialog({ ip, onDone }: { ip: string; onDone: (confirmed: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descId = useId();
  const [understood, setUnderstood] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const close = (confirmed: boolean) => {
    ref.current?.close();
    onDone(confirmed);
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={descId}
      onCancel={() => onDone(false)}
      className="m-auto w-full max-w-lg rounded-lg border border-border bg-bg p-6 text-fg backdrop:bg-black/50"
    >
      <h2 id={titleId} className="text-xl font-semibold">
        Refuse your own address?
      </h2>
      <div id={descId} className="mt-3 space-y-3 text-sm">
        <p>
          Your current address, <strong className="font-mono">{ip}</strong>, is not in the panel list you are saving. Once it is
          saved, every request from <span className="font-mono">{ip}</span> is refused — including this browser, from its very next
          page.
        </p>
        <p className="text-fg-muted">
          Only an administrator at an allowed address, or whoever runs this server (with the break-glass command), can undo it.
        </p>
      </div>
      <label className="mt-4 flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
        <span>I understand that {ip} will be refused.</span>
      </label>
      <div className="mt-6 flex flex-wrap justify-end gap-3">
        <Button variant="secondary" onClick={() => close(false)} autoFocus>
          Cancel
        </Button>
        <Button variant="danger" disabled={!understood} onClick={() => close(true)}>
          Save and refuse {ip}
        </Button>
      </div>
    </dialog>
  );
}
