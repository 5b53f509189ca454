import type { Prisma } from '@/lib/generated/prisma/client';

// Which second factors a user has. Recovery codes are a way back in, not a factor of their own: they
// exist only while an authenticator app or a passkey does.

export type FactorKind = 'totp' | 'webauthn';
/** The sign-in second step offers these; 'recovery-code' only next to a real factor. */
export type SecondStepMethod = FactorKind | 'recovery-code';

export interface UserFactors {
  totp: boolean;
  passkeys: number;
  recoveryCodes: number;
}

export async function factorsOf(tx: Prisma.TransactionClient, userId: string): Promise<UserFactors> {
  const [totp, passkeys, recoveryCodes] = await Promise.all([
    tx.totpFactor.count({ where: { userId, confirmedAt: { not: null } } }),
    tx.webAuthnCredential.count({ where: { userId } }),
    tx.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { totp: totp > 0, passkeys, recoveryCodes };
}

export const hasSecondFactor = (f: UserFactors) => f.totp || f.passkeys > 0;

export function secondStepMethods(f: UserFactors): SecondStepMethod[] {
  if (!hasSecondFactor(f)) return [];
  return [
    ...(f.totp ? (['totp'] as const) : []),
    ...(f.passkeys ? (['webauthn'] as const) : []),
    ...(f.recoveryCodes ? (['recovery-code'] as const) : []),
  ];
}
