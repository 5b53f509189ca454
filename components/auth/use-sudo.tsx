'use client';

import { useState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/errors';
import { ReauthDialog } from './reauth-dialog';

/**
 * For a call that is not a form's submission (a button, a dialog's step): a form gets the same through
 * useFormAction(action, { sudo }), which is built on this. Runs a sensitive server action; when the server answers REAUTH_REQUIRED, asks for the password in a
 * dialog and, once confirmed, runs the same action again. The server decides, never this hook.
 *
 *   const { withSudo, sudoDialog } = useSudo();
 *   const result = await withSudo(() => someAction(null, input));
 *   return <>{form}{sudoDialog}</>;
 */
export function useSudo(reason?: string): {
  withSudo: <R extends ActionResult<unknown>>(call: () => Promise<R>) => Promise<R>;
  sudoDialog: ReactNode;
} {
  const [pendingConfirm, setPendingConfirm] = useState<((confirmed: boolean) => void) | null>(null);

  async function withSudo<R extends ActionResult<unknown>>(call: () => Promise<R>): Promise<R> {
    const first = await call();
    const answer: ActionResult<unknown> = first;
    if (answer.ok || answer.code !== 'REAUTH_REQUIRED') return first;
    const confirmed = await new Promise<boolean>((resolve) => setPendingConfirm(() => resolve));
    setPendingConfirm(null);
    return confirmed ? call() : first;
  }

  const sudoDialog = pendingConfirm ? <ReauthDialog reason={reason} onDone={(ok) => pendingConfirm(ok)} /> : null;
  return { withSudo, sudoDialog };
}
