import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { factorsOf } from './factors';
import { enrolmentState, type TwoFactorPolicy } from './policy';

export async function organizationPolicy(
  tx: Prisma.TransactionClient,
  organizationId: string | null,
): Promise<TwoFactorPolicy | null> {
  if (!organizationId) return null;
  return tx.organization.findUnique({
    where: { id: organizationId },
    select: { mfaRequired: true, mfaPasskeysOnly: true, mfaGraceDays: true, mfaRequiredSince: true },
  });
}

export type EnrolmentGuidance = 'suggested' | 'required' | null;

/**
 * After a successful sign-in: must this member still enrol (grace over: 'required'), should they be guided
 * to (grace running: 'suggested'), or neither?
 */
export async function enrolmentGuidance(
  tx: Prisma.TransactionClient,
  userId: string,
  organizationId: string | null,
): Promise<EnrolmentGuidance> {
  const policy = await organizationPolicy(tx, organizationId);
  if (!policy?.mfaRequired) return null;
  const state = enrolmentState(policy, await factorsOf(tx, userId));
  return state.state === 'ok' ? null : state.state;
}

/**
 * For the session context, on every request: has this member's grace period ended without a factor the
 * policy accepts? Then the session can do nothing but enrol. Costs a query only when 2FA is required.
 */
export async function mustEnrolNow(userId: string, policy: TwoFactorPolicy): Promise<boolean> {
  if (!policy.mfaRequired) return false;
  return enrolmentState(policy, await factorsOf(db(), userId)).state === 'required';
}
