'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Modal } from '@/components/ui/modal';

/**
 * Lockout protection: saving a panel list that refuses the admin's own address needs an explicit
 * confirmation naming that address.
 */
export function LockoutDialog({ ip, onDone }: { ip: string; onDone: (confirmed: boolean) => void }) {
  const [understood, setUnderstood] = useState(false);
  return (
    <Modal
      title="Refuse your own address?"
      wide
      onClose={() => onDone(false)}
      description={
        <div className="space-y-3">
          <p className="text-fg">
            Your current address, <strong className="font-mono">{ip}</strong>, is not in the panel list you are saving.
            Once it is saved, every request from <span className="font-mono">{ip}</span> is refused — including this
            browser, from its very next page.
          </p>
          <p>
            Only an administrator at an allowed address, or whoever runs this server (with the break-glass command), can
            undo it.
          </p>
        </div>
      }
    >
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={understood}
          onChange={(e) => setUnderstood(e.target.checked)}
        />
        <span>I understand that {ip} will be refused.</span>
      </label>
      <div className="flex flex-wrap justify-end gap-3">
        <Button variant="secondary" onClick={() => onDone(false)} autoFocus>
          Cancel
        </Button>
        <Button variant="danger" disabled={!understood} onClick={() => onDone(true)}>
          Save and refuse {ip}
        </Button>
      </div>
    </Modal>
  );
}
