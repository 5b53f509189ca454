import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { MySupportGrantDTO } from './dto';

/** Live grants a staff member may use: to the whole support team, or named to them. */
export function usableGrantsWhere(userId: string, now = new Date()): Prisma.SupportGrantWhereInput {
  return {
    revokedAt: null,
    expiresAt: { gt: now },
    organization: { kind: 'CUSTOMER' },
    OR: [{ granteeUserId: null }, { granteeUserId: userId }],
  };
}

/** Vendor staff (support:act): the customer accounts they may open right now. Nothing else is visible to them. */
export async function listMySupportGrants(ctx: Ctx): Promise<MySupportGrantDTO[]> {
  const userId = (await authorize(ctx, 'support:act')).session.user.id;
  const rows = await db().supportGrant.findMany({
    where: usableGrantsWhere(userId),
    include: { organization: { select: { name: true } } },
    orderBy: { expiresAt: 'asc' },
  });
  return rows.map((g) => ({
    id: g.id,
    reference: g.reference,
    organizationName: g.organization.name,
    scopeLabel: g.scopeLabel,
    readOnly: g.readOnly,
    reason: g.reason,
    grantedBy: g.grantedByLabel,
    expiresAt: g.expiresAt.toISOString(),
    personal: g.granteeUserId === userId,
  }));
}
