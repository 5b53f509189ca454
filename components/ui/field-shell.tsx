import type { ReactNode } from 'react';

export const CONTROL_CLASS =
  'block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg aria-[invalid=true]:border-danger';

/** The ids and aria attributes that tie a control to its label, hint and errors. */
export function fieldAria(name: string, id: string | undefined, hint: ReactNode, errors: string[] | undefined) {
  const controlId = id ?? `field-${name}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = errors?.length ? `${controlId}-error` : undefined;
  return {
    controlId,
    hintId,
    errorId,
    control: {
      id: controlId,
      'aria-invalid': errors?.length ? (true as const) : undefined,
      'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    },
  };
}

/** Label above, hint and errors below: the frame every form control of the app sits in. */
export function FieldShell(props: {
  label: string;
  controlId: string;
  hintId?: string;
  errorId?: string;
  hint?: ReactNode;
  errors?: string[];
  control: ReactNode;
  after?: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={props.controlId} className="block text-sm font-medium">
        {props.label}
      </label>
      {props.control}
      {props.hint ? (
        <div id={props.hintId} className="text-sm text-fg-muted">
          {props.hint}
        </div>
      ) : null}
      {props.after}
      {props.errors?.length ? (
        <ul id={props.errorId} className="text-sm text-danger">
          {props.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
