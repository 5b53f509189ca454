import { authorize } from '@/lib/access/authorize';
import { PERMISSIONS, type Permission } from '@/lib/access/permissions';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';

export interface AccountOverviewDTO {
  organizationName: string | null;
  permissions: { key: Permission; description: string }[];
  passwordChangedAt: string | null;
  lastSignInAt: string | null;
  activeSessions: number;
}

export async function getAccountOverview(ctx: Ctx): Promise<AccountOverviewDTO> {
  const { session } = await authorize(ctx, 'account:read');
  const [user, activeSessions] = await Promise.all([
    db().user.findUniqueOrThrow({
      where: { id: session.user.id },
      select: { passwordChangedAt: true, lastSignInAt: true },
    }),
    db().session.count({ where: { userId: session.user.id, revokedAt: null, expiresAt: { gt: new Date() } } }),
  ]);
  return {
    organizationName: session.organization?.name ?? null,
    permissions: [...session.permissions].map((key) => ({ key, description: PERMISSIONS[key] })),
    passwordChangedAt: user.passwordChangedAt?.toISOString() ?? null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    activeSessions,
  };
}
