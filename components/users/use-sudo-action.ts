'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { useSudo } from '@/components/auth/use-sudo';
import type { ActionResult } from '@/lib/errors';

/**
 * Submits a form to a server action and, when the server asks for sudo mode (REAUTH_REQUIRED), asks for
 * the password and sends it again. Like useFormAction, it never resets the form on failure.
 */
export function useSudoAction<T>(
  action: (prev: unknown, input: FormData) => Promise<ActionResult<T>>,
  opts: { reason?: string; onSuccess?: (data: T, form: HTMLFormElement | null) => void | Promise<void> } = {},
): {
  state: ActionResult<T> | null;
  pending: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  run: (data: FormData, form?: HTMLFormElement | null) => Promise<ActionResult<T>>;
  sudoDialog: ReactNode;
} {
  const { withSudo, sudoDialog } = useSudo(opts.reason);
  const [state, setState] = useState<ActionResult<T> | null>(null);
  const [pending, setPending] = useState(false);

  async function run(data: FormData, form: HTMLFormElement | null = null): Promise<ActionResult<T>> {
    setPending(true);
    try {
      const result = await withSudo(() => action(null, data));
      setState(result);
      if (result.ok) await opts.onSuccess?.(result.data, form);
      return result;
    } finally {
      setPending(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    void run(new FormData(form), form);
  }

  return { state, pending, onSubmit, run, sudoDialog };
}
