import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { FactorKind } from './factors';

// For screens that list people (the users page, the organization security section): who has two-factor
// authentication, and of which kinds. The caller has already scoped the user ids to its organization.

export interface TwoFactorStatus {
  enabled: boolean;
  kinds: FactorKind[];
  passkeys: number;
  recoveryCodesRemaining: number;
}

const NONE: TwoFactorStatus = { enabled: false, kinds: [], passkeys: 0, recoveryCodesRemaining: 0 };

export async function twoFactorStatusOf(
  userIds: string[],
  client: Prisma.TransactionClient = db(),
): Promise<Map<string, TwoFactorStatus>> {
  const ids = [...new Set(userIds)];
  const out = new Map<string, TwoFactorStatus>(ids.map((id) => [id, { ...NONE, kinds: [] }]));
  if (!ids.length) return out;
  const [totp, passkeys, codes] = await Promise.all([
    client.totpFactor.findMany({
      where: { userId: { in: ids }, confirmedAt: { not: null } },
      select: { userId: true },
    }),
    client.webAuthnCredential.groupBy({ by: ['userId'], where: { userId: { in: ids } }, _count: { _all: true } }),
    client.recoveryCode.groupBy({
      by: ['userId'],
      where: { userId: { in: ids }, usedAt: null },
      _count: { _all: true },
    }),
  ]);
  for (const { userId } of totp) out.get(userId)!.kinds.push('totp');
  for (const row of passkeys) {
    const s = out.get(row.userId)!;
    s.kinds.push('webauthn');
    s.passkeys = row._count._all;
  }
  for (const row of codes) out.get(row.userId)!.recoveryCodesRemaining = row._count._all;
  for (const s of out.values()) s.enabled = s.kinds.length > 0;
  return out;
}
