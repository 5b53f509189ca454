'use client';

import { useActionState, useState, useTransition, type FormEvent, type ReactNode } from 'react';
import { useSudo } from '@/components/auth/use-sudo';
import type { ActionResult } from '@/lib/errors';

/** A form's server action: createAction's result (a failure may carry the typed values back). */
type FormServerAction<R> = (prev: unknown, input: FormData) => Promise<R>;
/** createAction's action: it takes a form's data or the schema's values (`V`). */
type ServerAction<R, V> = (prev: unknown, input: FormData | V) => Promise<R>;
/** The data of a successful result. */
type DataOf<R> = Extract<R, { ok: true }> extends { data: infer D } ? D : never;

/**
 * The one way to wire a form to a server action, with or without JavaScript. Spread `formProps` on the
 * <form>:
 * - with JavaScript, onSubmit posts the form data to the action without React's automatic form reset,
 *   so a rejected submission keeps everything the user typed; onSuccess runs inside the same transition
 *   (navigation, follow-ups, `form.reset()` for a form that starts afresh);
 * - `sudo` (true, or the reason shown): when the server answers REAUTH_REQUIRED, the "Confirm it's you"
 *   dialog asks for the password and the same submission is sent again. Render `sudoDialog`. The server
 *   decides, never this hook;
 * - before the JavaScript has loaded, or without it, the browser POSTs the form (multipart, to this same
 *   page) straight to `noJsAction` (default: the action itself), and the page comes back rendered with
 *   its result in `state`. Nothing typed into the form ends up in a URL (issue 21, finding 0).
 * `noJsAction` is for actions whose success needs the browser (next-auth's signIn, router.push): the
 * no-JS variant finishes on the server and redirects. It must be a server action ('use server' module).
 *
 * A call that is not a form's own submission (a button, a dialog's step, a flow with a confirmation in
 * between) uses `run(formDataOrValues)`: the same sudo dialog and `pending`, the result in `state` and
 * returned to the caller (onSuccess is for form submissions only). This hook is the only user of
 * useSudo: components never import it (eslint.config.mjs, tests/unit/lint-boundaries.test.ts).
 */
export function useFormAction<R extends ActionResult<unknown>, V = never>(
  action: ServerAction<R, V>,
  opts: {
    onSuccess?: (data: DataOf<R>, form: HTMLFormElement) => void | Promise<void>;
    noJsAction?: FormServerAction<R>;
    sudo?: boolean | string;
  } = {},
): {
  state: R | null;
  setState: (value: R | null) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  run: (input: FormData | V) => Promise<R>;
  pending: boolean;
  sudoDialog: ReactNode;
  formProps: { action: (data: FormData) => void; onSubmit: (event: FormEvent<HTMLFormElement>) => void };
} {
  const { withSudo, sudoDialog } = useSudo(typeof opts.sudo === 'string' ? opts.sudo : undefined);
  // The no-JS result: React hands the POST's answer back to this hook when the page renders again.
  const [noJsState, formAction] = useActionState<R | null, FormData>(
    opts.noJsAction ?? (action as FormServerAction<R>),
    null,
  );
  // undefined until the first submission with JavaScript; from then on the client's own result counts.
  const [clientState, setClientState] = useState<R | null | undefined>(undefined);
  const [transitionPending, startTransition] = useTransition();
  // Calls through run() in flight (outside a transition: the caller awaits the result).
  const [running, setRunning] = useState(0);

  async function call(input: FormData | V): Promise<R> {
    const once = () => action(null, input);
    const result = await (opts.sudo ? withSudo(once) : once());
    setClientState(result);
    return result;
  }

  async function submit(data: FormData, form: HTMLFormElement): Promise<void> {
    const result = await call(data);
    if (result.ok) await opts.onSuccess?.((result as Extract<R, { ok: true }>).data as DataOf<R>, form);
  }

  async function run(input: FormData | V): Promise<R> {
    setRunning((n) => n + 1);
    try {
      return await call(input);
    } finally {
      setRunning((n) => n - 1);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Prevented: React does not run the form's `action` as well.
    event.preventDefault();
    const form = event.currentTarget;
    // With the button pressed, as the browser's own post sends it (a form may offer several ways to submit).
    const data = new FormData(form, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(async () => {
      await submit(data, form);
    });
  }

  const setState = (value: R | null) => setClientState(value);
  const state = clientState === undefined ? noJsState : clientState;
  return {
    state,
    setState,
    onSubmit,
    run,
    pending: transitionPending || running > 0,
    sudoDialog: opts.sudo ? sudoDialog : null,
    formProps: { action: formAction, onSubmit },
  };
}
