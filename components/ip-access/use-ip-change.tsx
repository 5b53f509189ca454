'use client';

import { useState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionResult } from '@/lib/errors';
import type { ChangeResult } from '@/lib/ip-access/change-list';
import { LockoutDialog } from './lockout-dialog';

/** The values of an IP access change; the lockout confirmation is added here, never by the caller. */
type ChangeValues = { confirmLockoutIp?: string };

export interface IpChange<V extends ChangeValues, R extends ActionResult<ChangeResult>> {
  /** Runs the change; null when the user declined the lockout confirmation. */
  run: (values: Omit<V, 'confirmLockoutIp'>) => Promise<R | null>;
  busy: boolean;
  dialogs: ReactNode;
  /** The action's form hook (a form's no-JavaScript post and its result). */
  form: ReturnType<typeof useFormAction<R, V>>;
}

/**
 * Runs one IP access change through useFormAction: the hook asks for the password when the server wants
 * sudo mode; this asks — when the server answers that the panel list would refuse the admin's own
 * address — for the confirmation naming it, then sends the same change again with that address. The
 * server decides both; this only asks.
 */
export function useIpChange<V extends ChangeValues, R extends ActionResult<ChangeResult>>(
  action: (prev: unknown, input: FormData | V) => Promise<R>,
): IpChange<V, R> {
  const t = useTranslations('account.ipAccess.useIpChange');
  const form = useFormAction(action, { sudo: t('sudoReason') });
  const [lockout, setLockout] = useState<{ ip: string; resolve: (ok: boolean) => void } | null>(null);

  async function run(values: Omit<V, 'confirmLockoutIp'>): Promise<R | null> {
    let result = await form.run(values as V);
    if (result.ok && result.data.status === 'confirm-lockout') {
      const ip = result.data.ip;
      const confirmed = await new Promise<boolean>((resolve) => setLockout({ ip, resolve }));
      setLockout(null);
      if (!confirmed) return null;
      result = await form.run({ ...values, confirmLockoutIp: ip } as V);
    }
    return result;
  }

  return {
    run,
    busy: form.pending || lockout !== null,
    form,
    dialogs: (
      <>
        {form.sudoDialog}
        {lockout ? <LockoutDialog ip={lockout.ip} onDone={lockout.resolve} /> : null}
      </>
    ),
  };
}
