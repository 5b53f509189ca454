import type { ReactNode, SelectHTMLAttributes } from 'react';
import { CONTROL_CLASS, FieldShell, fieldAria } from './field-shell';

/** A labelled <select> with its hint and errors wired for screen readers (the <select> twin of Field). */
export function SelectField({
  label,
  name,
  hint,
  errors,
  children,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
}) {
  const aria = fieldAria(name, select.id, hint, errors);
  return (
    <FieldShell
      label={label}
      {...aria}
      hint={hint}
      errors={errors}
      control={
        <select name={name} {...aria.control} className={CONTROL_CLASS} {...select} id={aria.controlId}>
          {children}
        </select>
      }
    />
  );
}
