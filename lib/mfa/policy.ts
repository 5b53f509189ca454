import type { UserFactors } from './factors';

// The organization's two-factor policy, evaluated the same way at sign-in, on every request (session
// context) and when a factor is removed.

export interface TwoFactorPolicy {
  mfaRequired: boolean;
  mfaPasskeysOnly: boolean;
  mfaGraceDays: number;
  mfaRequiredSince: Date | null;
}

export const MAX_GRACE_DAYS = 90;

export function graceEndsAt(policy: TwoFactorPolicy): Date | null {
  if (!policy.mfaRequired) return null;
  const since = policy.mfaRequiredSince ?? new Date(0);
  return new Date(since.getTime() + policy.mfaGraceDays * 86_400_000);
}

/** Does this set of factors satisfy the policy? Passkeys-only counts passkeys and security keys alone. */
export function satisfiesPolicy(
  policy: Pick<TwoFactorPolicy, 'mfaRequired' | 'mfaPasskeysOnly'>,
  f: Pick<UserFactors, 'totp' | 'passkeys'>,
): boolean {
  if (!policy.mfaRequired) return true;
  return policy.mfaPasskeysOnly ? f.passkeys > 0 : f.totp || f.passkeys > 0;
}

export type Enrolment =
  /** Nothing to do. */
  | { state: 'ok' }
  /** Required, not yet met, still within the grace period: guide, do not block. */
  | { state: 'suggested'; graceEndsAt: Date }
  /** Required, not met, grace over: nothing but enrolment until it is met. */
  | { state: 'required' };

export function enrolmentState(
  policy: TwoFactorPolicy,
  f: Pick<UserFactors, 'totp' | 'passkeys'>,
  now = new Date(),
): Enrolment {
  if (satisfiesPolicy(policy, f)) return { state: 'ok' };
  const ends = graceEndsAt(policy)!;
  return ends > now ? { state: 'suggested', graceEndsAt: ends } : { state: 'required' };
}
