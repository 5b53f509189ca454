import { Field } from '@/components/ui/field';

/** The 6-digit authenticator code: numeric keyboard, one-time-code autofill, a space allowed in the middle. */
export function TotpCodeField({ label, errors, id }: { label: string; errors?: string[]; id?: string }) {
  return (
    <Field
      id={id}
      label={label}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9 ]*"
      maxLength={7}
      required
      autoFocus
      errors={errors}
    />
  );
}
