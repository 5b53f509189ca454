import { authorize } from '@/lib/access/authorize';
import { assertRecentlyReauthenticated } from '@/lib/access/can';
import { auditRefusals } from '@/lib/access/refusal';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import type { TCreateRole } from '@/lib/validation/roles';
import { assertRoleNameFree, assertRolePermissions, lockRoles } from './role-rules';

/** Creates a custom role from the catalogue (roles:manage, sudo — R23). */
export async function createRole(ctx: Ctx, input: TCreateRole): Promise<{ id: string; ref: string; name: string }> {
  const signedIn = await authorize(ctx, 'roles:manage');
  const org = signedIn.organization;
  return auditRefusals(signedIn, { type: 'role', id: null, label: input.name }, () =>
    db().$transaction(async (tx) => {
      assertRolePermissions(signedIn, org.kind, input.permissions);
      assertRecentlyReauthenticated(signedIn);
      await lockRoles(tx, org.id);
      await assertRoleNameFree(tx, org.id, input.name);
      const role = await tx.customRole.create({
        data: {
          organizationId: org.id,
          name: input.name,
          description: input.description,
          permissions: [...input.permissions].sort(),
        },
      });
      await recordAudit(tx, {
        organizationId: org.id,
        action: 'role.created',
        actor: actorOf(ctx),
        target: { type: 'role', id: role.id, label: role.name },
        changes: { after: { name: role.name, description: role.description, permissions: role.permissions } },
        meta: ctx.meta,
      });
      return { id: role.id, ref: `custom:${role.id}`, name: role.name };
    }),
  );
}
