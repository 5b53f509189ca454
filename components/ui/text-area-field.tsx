import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { CONTROL_CLASS, FieldShell, fieldAria } from '@/components/ui/field-shell';

/** A labelled <textarea> with hint and errors wired for screen readers (the textarea twin of Field). */
export function TextAreaField({
  label,
  name,
  hint,
  errors,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; hint?: ReactNode; errors?: string[] }) {
  const aria = fieldAria(name, textarea.id, hint, errors);
  return (
    <FieldShell
      label={label}
      {...aria}
      hint={hint}
      errors={errors}
      control={
        <textarea name={name} rows={4} {...aria.control} className={CONTROL_CLASS} {...textarea} id={aria.controlId} />
      }
    />
  );
}
