/** Announces a field's errors as they appear (the list under the field carries them for aria-describedby). */
export function FieldAlert({ errors }: { errors?: string[] }) {
  return errors?.length ? (
    <p role="alert" className="sr-only">
      {errors.join(' ')}
    </p>
  ) : null;
}
