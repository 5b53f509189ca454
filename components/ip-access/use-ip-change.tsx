'use client';

import { useState, type ReactNode } from 'react';
import { useSudo } from '@/components/auth/use-sudo';
import type { ActionResult } from '@/lib/errors';
import type { ChangeResult } from '@/lib/ip-access/change-list';
import { LockoutDialog } from './lockout-dialog';

/**
 * Runs an IP access change: asks for the password when the server wants sudo mode, and — when the server
 * answers that the panel list would refuse the admin's own address — asks for the confirmation naming it,
 * then sends the same change again with that address. The server decides both; this only asks.
 */
export function useIpChange(): {
  run: (
    call: (confirmLockoutIp?: string) => Promise<ActionResult<ChangeResult>>,
  ) => Promise<ActionResult<ChangeResult> | null>;
  busy: boolean;
  dialogs: ReactNode;
} {
  const { withSudo, sudoDialog } = useSudo('Changing IP access rules is a sensitive change.');
  const [lockout, setLockout] = useState<{ ip: string; resolve: (ok: boolean) => void } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(call: (confirmLockoutIp?: string) => Promise<ActionResult<ChangeResult>>) {
    setBusy(true);
    try {
      let result = await withSudo(() => call());
      if (result.ok && result.data.status === 'confirm-lockout') {
        const ip = result.data.ip;
        const confirmed = await new Promise<boolean>((resolve) => setLockout({ ip, resolve }));
        setLockout(null);
        if (!confirmed) return null;
        result = await withSudo(() => call(ip));
      }
      return result;
    } finally {
      setBusy(false);
    }
  }

  return {
    run,
    busy,
    dialogs: (
      <>
        {sudoDialog}
        {lockout ? <LockoutDialog ip={lockout.ip} onDone={lockout.resolve} /> : null}
      </>
    ),
  };
}
