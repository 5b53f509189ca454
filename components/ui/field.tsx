import type { InputHTMLAttributes, ReactNode } from 'react';

/** A labelled input with its hint and errors wired to it for screen readers. */
export function Field({
  label,
  name,
  hint,
  errors,
  children,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; hint?: ReactNode; errors?: string[]; children?: ReactNode }) {
  const id = input.id ?? `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        className="block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg aria-[invalid=true]:border-danger"
        {...input}
      />
      {hint ? (
        <div id={hintId} className="text-sm text-fg-muted">
          {hint}
        </div>
      ) : null}
      {children}
      {errors?.length ? (
        <ul id={errorId} className="text-sm text-danger">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
