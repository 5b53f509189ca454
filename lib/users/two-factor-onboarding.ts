import type { Prisma } from '@/lib/generated/prisma/client';
import { enrolmentGuidance } from '@/lib/mfa/enrolment';

// The seam between joining an organization and its two-factor policy (lib/mfa): a new member of an
// organization that requires two-factor authentication goes straight to enrolment; elsewhere enrolment
// is offered, not imposed.

/** Where a member sets up a second factor when they choose to. */
export const TWO_FACTOR_SETUP_PATH = '/account/security';
/** Where a new member of an organization that requires it must enrol before anything else (lib/mfa's guide). */
export const TWO_FACTOR_ENROLMENT_PATH = '/two-factor/setup?next=%2Faccount';

export async function twoFactorOnboarding(
  tx: Prisma.TransactionClient,
  userId: string,
  organizationId: string,
): Promise<'required' | 'offered'> {
  const guidance = await enrolmentGuidance(tx, userId, organizationId);
  return guidance ? 'required' : 'offered';
}
