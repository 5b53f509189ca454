import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { RoleDTO } from './dto';
import { customChoice } from './role-choice';

/** One custom role of the organization; another organization's role id is NOT_FOUND (R25). */
export async function getRole(ctx: Ctx, input: { roleId: string }): Promise<RoleDTO> {
  const { organization: org } = await authorize(ctx, 'account:read');
  const role = await db().customRole.findFirst({
    where: { id: input.roleId, organizationId: org.id },
    include: { _count: { select: { memberships: true } } },
  });
  if (!role) throw new AppError('ROLE_NOT_FOUND');
  const pendingInvitations = await db().invitation.count({
    where: { customRoleId: role.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
  });
  const choice = customChoice(role, org.kind);
  return {
    ref: choice.ref,
    id: role.id,
    name: role.name,
    description: role.description,
    builtIn: false,
    permissions: [...choice.permissions],
    administrative: choice.administrative,
    members: role._count.memberships,
    pendingInvitations,
  };
}
