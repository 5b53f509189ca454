import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * The second factors a user has enrolled. Empty until the two-factor feature lands; sign-in already
 * routes through this, so a user with any factor can never finish sign-in on the password alone.
 */
export async function enrolledSecondFactors(_tx: Prisma.TransactionClient, _userId: string): Promise<string[]> {
  return [];
}
