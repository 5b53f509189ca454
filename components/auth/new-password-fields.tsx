'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Field } from '@/components/ui/field';
import { PasswordStrength } from './password-strength';

/** New password + confirmation, with a strength meter that reacts as the user types. */
export function NewPasswordFields({
  errors,
  minLength,
  userInputs,
  label,
}: {
  errors?: Record<string, string[]>;
  minLength: number;
  userInputs: string[];
  label?: string;
}) {
  const t = useTranslations('auth.password');
  const [value, setValue] = useState('');
  return (
    <>
      <Field
        label={label ?? t('newPassword')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        value={value}
        onChange={(e) => setValue(e.target.value)}
        hint={t('hint', { minLength })}
        errors={errors?.newPassword}
      >
        <PasswordStrength password={value} userInputs={userInputs} />
      </Field>
      <Field
        label={t('confirm')}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors?.confirmPassword}
      />
    </>
  );
}
