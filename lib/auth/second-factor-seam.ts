import type { Prisma } from '@/lib/generated/prisma/client';
import { factorsOf, secondStepMethods } from '@/lib/mfa/factors';

/**
 * The second-step methods a user can use: 'totp', 'webauthn' and, next to them, 'recovery-code'. Sign-in
 * routes through this, so a user with any factor can never finish sign-in on the password alone.
 */
export async function enrolledSecondFactors(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  return secondStepMethods(await factorsOf(tx, userId));
}
