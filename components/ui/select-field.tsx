import type { ReactNode, SelectHTMLAttributes } from 'react';

/** A labelled <select> with its hint and errors wired for screen readers (the <select> twin of Field). */
export function SelectField({
  label,
  name,
  hint,
  errors,
  children,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; name: string; hint?: ReactNode; errors?: string[]; children: ReactNode }) {
  const id = select.id ?? `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        className="block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg aria-[invalid=true]:border-danger"
        {...select}
      >
        {children}
      </select>
      {hint ? (
        <div id={hintId} className="text-sm text-fg-muted">
          {hint}
        </div>
      ) : null}
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
