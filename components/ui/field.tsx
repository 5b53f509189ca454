import type { InputHTMLAttributes, ReactNode } from 'react';
import { CONTROL_CLASS, FieldShell, fieldAria } from './field-shell';

/** A labelled input with its hint and errors wired to it for screen readers. */
export function Field({
  label,
  name,
  hint,
  errors,
  children,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  hint?: ReactNode;
  errors?: string[];
  children?: ReactNode;
}) {
  const aria = fieldAria(name, input.id, hint, errors);
  return (
    <FieldShell
      label={label}
      {...aria}
      hint={hint}
      errors={errors}
      after={children}
      control={<input name={name} {...aria.control} className={CONTROL_CLASS} {...input} id={aria.controlId} />}
    />
  );
}
