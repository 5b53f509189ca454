'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { useLocalePath } from '@/components/i18n/locale-context';
import { resetPasswordAction } from '@/app/(auth)/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';
import { NewPasswordFields } from './new-password-fields';

export function ResetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const router = useRouter();
  const t = useTranslations('auth.reset');
  const href = useLocalePath();
  const { state, formProps, pending } = useFormAction(resetPasswordAction, {
    onSuccess: () => router.push(`${href('/login')}?reset=1`),
  });
  const error = state && !state.ok ? state : null;
  const generalError = error && (!error.fieldErrors || error.fieldErrors.token) ? error.error : null;
  if (state?.ok) {
    // Without JavaScript the page comes back here after the POST (with it, onSuccess has navigated).
    return (
      <Alert tone="success">
        {t.rich('changed', { link: (chunks) => <Link href={`${href('/login')}?reset=1`}>{chunks}</Link> })}
      </Alert>
    );
  }
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {generalError ? <Alert tone="error">{generalError}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={error?.fieldErrors} minLength={minLength} userInputs={[]} />
      <Button type="submit" disabled={pending || state?.ok}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
