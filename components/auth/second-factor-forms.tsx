'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { secondFactorFormAction } from '@/app/(auth)/actions';
import { FieldAlert } from '@/components/mfa/field-alert';
import { TotpCodeField } from '@/components/mfa/totp-code-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { useLocalePath } from '@/components/i18n/locale-context';

/**
 * Step two of sign-in as plain forms (/login/second-factor), for a browser without JavaScript: an
 * authenticator code or a recovery code, each its own POST. The pending sign-in rides in an httpOnly
 * cookie; both fields are named "code", so each gets its own id (the label must point to its own box).
 */
export function SecondFactorForms({ next }: { next: string }) {
  const t = useTranslations('auth.secondFactor');
  const href = useLocalePath();
  const totp = useFormAction(secondFactorFormAction);
  const recovery = useFormAction(secondFactorFormAction);
  const expired = [totp.state, recovery.state].some((s) => s && !s.ok && s.code === 'UNAUTHENTICATED');
  if (expired) {
    return (
      <Alert tone="error">
        {t.rich('expired', {
          link: (chunks) => <Link href={href(`/login?next=${encodeURIComponent(next)}`)}>{chunks}</Link>,
        })}
      </Alert>
    );
  }
  const totpError = totp.state && !totp.state.ok ? totp.state : null;
  const recoveryError = recovery.state && !recovery.state.ok ? recovery.state : null;
  return (
    <div className="space-y-8">
      <form {...totp.formProps} className="space-y-4" noValidate>
        <input type="hidden" name="method" value="totp" />
        <input type="hidden" name="next" value={next} />
        {totpError && !totpError.fieldErrors ? (
          <Alert tone="error">{totpError.error}</Alert>
        ) : (
          <FieldAlert errors={totpError?.fieldErrors?.code} />
        )}
        <TotpCodeField id="second-factor-totp" label={t('code')} errors={totpError?.fieldErrors?.code} />
        <Button type="submit" disabled={totp.pending}>
          {totp.pending ? t('verifying') : t('verify')}
        </Button>
      </form>
      <form {...recovery.formProps} className="space-y-4 border-t border-border pt-6" noValidate>
        <input type="hidden" name="method" value="recovery-code" />
        <input type="hidden" name="next" value={next} />
        <p className="text-sm text-fg-muted">{t('noAuthenticator')}</p>
        {recoveryError && !recoveryError.fieldErrors ? <Alert tone="error">{recoveryError.error}</Alert> : null}
        <Field
          id="second-factor-recovery-code"
          label={t('recoveryCode')}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={64}
          required
          hint={t('recoveryHint')}
          errors={recoveryError?.fieldErrors?.code}
        />
        <Button type="submit" variant="secondary" disabled={recovery.pending}>
          {recovery.pending ? t('verifying') : t('useRecoveryCode')}
        </Button>
      </form>
    </div>
  );
}
