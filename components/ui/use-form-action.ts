'use client';

import { useState, useTransition, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/errors';

/**
 * Submits a form to a server action without React's automatic form reset, so a rejected submission
 * keeps everything the user typed. onSuccess runs inside the same transition (navigation, follow-ups).
 */
export function useFormAction<T>(
  action: (prev: unknown, input: FormData) => Promise<ActionResult<T>>,
  opts: { onSuccess?: (data: T, form: HTMLFormElement) => void | Promise<void> } = {},
) {
  const [state, setState] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      const result = await action(null, data);
      setState(result);
      if (result.ok) await opts.onSuccess?.(result.data, form);
    });
  }
  return { state, setState, onSubmit, pending };
}
