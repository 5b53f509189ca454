'use client';

import { useActionState, useState, useTransition, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/errors';

type FormServerAction<T> = (prev: unknown, input: FormData) => Promise<ActionResult<T>>;

/**
 * The one way to wire a form to a server action, with or without JavaScript. Spread `formProps` on the
 * <form>:
 * - with JavaScript, onSubmit posts the form data to the action without React's automatic form reset,
 *   so a rejected submission keeps everything the user typed; onSuccess runs inside the same transition
 *   (navigation, follow-ups), and `wrap` can put a step around the call (sudo: "confirm it's you");
 * - before the JavaScript has loaded, or without it, the browser POSTs the form (multipart, to this same
 *   page) straight to `noJsAction` (default: the action itself), and the page comes back rendered with
 *   its result in `state`. A secret typed into the form never ends up in a URL (issue 21, finding 0).
 * `noJsAction` is for actions whose success needs the browser (next-auth's signIn, router.push): the
 * no-JS variant finishes on the server and redirects. It must be a server action ('use server' module).
 */
export function useFormAction<T>(
  action: (prev: unknown, input: FormData) => Promise<ActionResult<T>>,
  opts: {
    onSuccess?: (data: T, form: HTMLFormElement) => void | Promise<void>;
    noJsAction?: FormServerAction<T>;
    wrap?: (run: () => Promise<ActionResult<T>>) => Promise<ActionResult<T>>;
  } = {},
) {
  // The no-JS result: React hands the POST's answer back to this hook when the page renders again.
  const [noJsState, formAction] = useActionState<ActionResult<T> | null, FormData>(opts.noJsAction ?? action, null);
  // undefined until the first submission with JavaScript; from then on the client's own result counts.
  const [clientState, setClientState] = useState<ActionResult<T> | null | undefined>(undefined);
  const [pending, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Prevented: React does not run the form's `action` as well.
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      const run = () => action(null, data);
      const result = await (opts.wrap ? opts.wrap(run) : run());
      setClientState(result);
      if (result.ok) await opts.onSuccess?.(result.data, form);
    });
  }
  const setState = (value: ActionResult<T> | null) => setClientState(value);
  const state = clientState === undefined ? noJsState : clientState;
  return { state, setState, onSubmit, pending, formProps: { action: formAction, onSubmit } };
}
