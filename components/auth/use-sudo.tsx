'use client';

import { useState, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/errors';
import { ReauthDialog } from './reauth-dialog';

/**
 * Internal to useFormAction (components/ui/use-form-action.ts), the one form hook: components ask for it
 * with useFormAction(action, { sudo }) — `formProps` for a form, `run(values)` for a button or a dialog's
 * step — and never import this (eslint.config.mjs). Runs a sensitive server action; when the server
 * answers REAUTH_REQUIRED, asks for the password in a dialog and, once confirmed, runs the same action
 * again. The server decides, never this hook.
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
