import { PERMISSION_GUIDE, permissionsForOrganization } from '@/lib/access/permission-guide';
import { BUILT_IN_ROLES, type Permission } from '@/lib/access/permissions';
import { Refusal } from '@/lib/access/refusal';
import type { SignedInCtx } from '@/lib/context';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';

/** A custom role holds only permissions this kind of organization uses, and only ones its author holds. */
export function assertRolePermissions(ctx: SignedInCtx, kind: 'VENDOR' | 'CUSTOMER', permissions: Permission[]): void {
  const allowed = new Set(permissionsForOrganization(kind));
  const foreign = permissions.filter((p) => !allowed.has(p));
  if (foreign.length) {
    throw new AppError('VALIDATION', undefined, {
      permissions: [
        fieldMessage('PERMISSIONS_NOT_AVAILABLE', {
          permissions: foreign.map((p) => PERMISSION_GUIDE[p].title).join(', '),
        }),
      ],
    });
  }
  const lacking = permissions.filter((p) => !ctx.session.permissions.has(p));
  if (lacking.length) {
    throw new Refusal('role above actor', 'ROLE_PERMISSIONS_ABOVE_ACTOR', {
      permissions: lacking.map((p) => PERMISSION_GUIDE[p].title).join(', '),
    });
  }
}

/** Names are unique in the organization, built-in names included, whatever the case. */
export async function assertRoleNameFree(
  tx: Prisma.TransactionClient,
  organizationId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  const builtIn = Object.values(BUILT_IN_ROLES).some((r) => r.label.toLowerCase() === name.toLowerCase());
  const taken =
    builtIn ||
    (await tx.customRole.findFirst({
      where: {
        organizationId,
        name: { equals: name, mode: 'insensitive' },
        ...(exceptId ? { id: { not: exceptId } } : {}),
      },
      select: { id: true },
    }));
  if (taken) throw new AppError('VALIDATION', undefined, { name: [fieldMessage('ROLE_NAME_TAKEN')] });
}

export async function lockRoles(tx: Prisma.TransactionClient, organizationId: string): Promise<void> {
  // Same lock as member changes: a role cannot change under a member change, nor the reverse.
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', `members:${organizationId}`);
}
