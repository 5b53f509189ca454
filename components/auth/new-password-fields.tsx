'use client';

import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { PasswordStrength } from './password-strength';

/** New password + confirmation, with a strength meter that reacts as the user types. */
export function NewPasswordFields({
  errors,
  minLength,
  userInputs,
  label = 'New password',
}: {
  errors?: Record<string, string[]>;
  minLength: number;
  userInputs: string[];
  label?: string;
}) {
  const [value, setValue] = useState('');
  return (
    <>
      <Field
        label={label}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        value={value}
        onChange={(e) => setValue(e.target.value)}
        hint={`At least ${minLength} characters. Long passphrases are best; spaces and any characters are fine.`}
        errors={errors?.newPassword}
      >
        <PasswordStrength password={value} userInputs={userInputs} />
      </Field>
      <Field
        label="Confirm new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors?.confirmPassword}
      />
    </>
  );
}
