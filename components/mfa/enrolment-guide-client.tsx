'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
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
  const refresh = () => router.refresh();
  const { policy } = data;
  const org = policy.organizationName ?? 'Your organization';
  const what = policy.passkeysOnly ? 'a passkey or security key' : 'two-factor authentication';
  const done = policy.state === 'ok';
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">{done ? 'You are all set' : 'Set up two-factor authentication'}</h1>
        {done ? (
          <>
            <p role="status">
              Two-factor authentication is on for your account. {org} requires it, and you now meet the requirement.
            </p>
            <Link
              href={next}
              className="inline-flex rounded-md bg-brand px-4 py-2 text-sm font-medium text-white no-underline hover:opacity-90"
            >
              Continue
            </Link>
          </>
        ) : (
          <p>
            {policy.state === 'required'
              ? `${org} requires ${what}. Set it up now to continue; a stolen password alone will then not be enough to get into your account.`
              : `${org} requires ${what} from ${formatDateTime(policy.graceEndsAt!)}. Set it up now, it takes a minute.`}
          </p>
        )}
      </div>
      <section aria-labelledby="enrol-passkey" className="space-y-3">
        <h2 id="enrol-passkey" className="text-lg font-semibold">
          Passkey or security key{policy.passkeysOnly ? '' : ' (recommended)'}
        </h2>
        <PasskeysPanel passkeys={data.passkeys} account={account} onChanged={refresh} />
      </section>
      {policy.passkeysOnly ? null : (
        <section aria-labelledby="enrol-totp" className="space-y-3">
          <h2 id="enrol-totp" className="text-lg font-semibold">
            Authenticator app
          </h2>
          <TotpPanel totp={data.totp} account={account} onChanged={refresh} />
        </section>
      )}
      <div className="flex flex-wrap items-center justify-between gap-4 border-t border-border pt-4">
        {policy.state === 'suggested' ? (
          <Link href={next} className="text-sm">
            Remind me later
          </Link>
        ) : (
          <span />
        )}
        <form action={signOutAndRedirect}>
          <button type="submit" className="text-sm text-link underline">
            Sign out
          </button>
        </form>
      </div>
    </div>
  );
}
