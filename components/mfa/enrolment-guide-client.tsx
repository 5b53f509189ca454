'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'use-intl';
import { signOutAndRedirect } from '@/app/(auth)/actions';
import type { MyTwoFactorDTO } from '@/lib/mfa/get-my-two-factor';
import { formatDateTime } from '@/lib/ui/format';
import { PasskeysPanel } from './passkeys-panel';
import { TotpPanel } from './totp-panel';

/**
 * The enrolment page: a passkey (always) and, unless passkeys-only, an authenticator app. One tree
 * whatever the state, so the recovery codes dialog survives the refresh that follows enrolment.
 */
export function EnrolmentGuideClient({ data, account, next }: { data: MyTwoFactorDTO; account: string; next: string }) {
  const router = useRouter();
  const t = useTranslations('auth.twoFactorSetup');
  const locale = useLocale();
  const refresh = () => router.refresh();
  const { policy } = data;
  const organization = policy.organizationName ?? t('yourOrganization');
  const done = policy.state === 'ok';
  const values = { organization, date: policy.graceEndsAt ? formatDateTime(policy.graceEndsAt, locale) : '' };
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">{done ? t('doneHeading') : t('heading')}</h1>
        {done ? (
          <>
            <p role="status">{t('done', { organization })}</p>
            <Link
              href={next}
              className="inline-flex rounded-md bg-brand px-4 py-2 text-sm font-medium text-white no-underline hover:opacity-90"
            >
              {t('continue')}
            </Link>
          </>
        ) : (
          <p>
            {policy.state === 'required'
              ? policy.passkeysOnly
                ? t('requiredPasskey', values)
                : t('requiredTwoFactor', values)
              : policy.passkeysOnly
                ? t('gracePasskey', values)
                : t('graceTwoFactor', values)}
          </p>
        )}
      </div>
      <section aria-labelledby="enrol-passkey" className="space-y-3">
        <h2 id="enrol-passkey" className="text-lg font-semibold">
          {policy.passkeysOnly ? t('passkeyHeading') : t('passkeyHeadingRecommended')}
        </h2>
        <PasskeysPanel passkeys={data.passkeys} account={account} onChanged={refresh} />
      </section>
      {policy.passkeysOnly ? null : (
        <section aria-labelledby="enrol-totp" className="space-y-3">
          <h2 id="enrol-totp" className="text-lg font-semibold">
            {t('totpHeading')}
          </h2>
          <TotpPanel totp={data.totp} account={account} onChanged={refresh} />
        </section>
      )}
      <div className="flex flex-wrap items-center justify-between gap-4 border-t border-border pt-4">
        {policy.state === 'suggested' ? (
          <Link href={next} className="text-sm">
            {t('later')}
          </Link>
        ) : (
          <span />
        )}
        <form action={signOutAndRedirect}>
          <button type="submit" className="text-sm text-link underline">
            {t('signOut')}
          </button>
        </form>
      </div>
    </div>
  );
}
