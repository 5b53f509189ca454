import { describe, expect, it } from 'vitest';
import { assertCan, can } from '@/lib/access/can';
import { PERMISSIONS, permissionsOfRole, type Permission } from '@/lib/access/permissions';
import { loadSessionContext } from '@/lib/auth/session-context';
import { builtInRolesFor } from '@/lib/roles/role-choice';
import { getAccountOverview } from '@/lib/account/get-account-overview';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { anonymousCtx, createOrganization, createUser, signedInCtx } from '@/tests/fixtures/factories';

const ALL = Object.keys(PERMISSIONS) as Permission[];

describe('[R25] permissions: deny by default, checked on the server', () => {
  // Roles by organization kind (lib/roles/role-choice.ts): a customer has Owner, Admin and Member; the
  // vendor also Compliance Editor and Support Staff, and its Owner/Admin hold the vendor permissions.
  for (const kind of ['CUSTOMER', 'VENDOR'] as const) {
    for (const role of builtInRolesFor(kind)) {
      const holds = permissionsOfRole(role, kind);
      const lacking = ALL.filter((p) => !holds.has(p));
      it(`[R25] [R27] ${kind.toLowerCase()} ${role} is refused each of the ${lacking.length} permissions it lacks, and each refusal is audited`, async () => {
        const org = await createOrganization(`Role ${role}`, kind);
        const user = await createUser({ organizationId: org.id, role });
        const ctx = await signedInCtx(user, org);
        for (const permission of lacking) {
          expect(can(ctx, permission)).toBe(false);
          const err = await assertCan(ctx, permission).catch((e: unknown) => e);
          expect(err, permission).toBeInstanceOf(AppError);
          expect((err as AppError).code).toBe('FORBIDDEN');
        }
        const denied = await db().auditEvent.findMany({ where: { organizationId: org.id, action: 'access.denied' } });
        expect(denied.map((d) => (d.changes as { permission: string }).permission).sort()).toEqual([...lacking].sort());
        expect(denied.every((d) => d.outcome === 'DENIED' && d.actorId === user.id)).toBe(true);
        for (const permission of holds) await expect(assertCan(ctx, permission)).resolves.toBeUndefined();
        // The session context of a real sign-in resolves the same set.
        expect([...(await loadSessionContext(ctx.sessionToken))!.permissions].sort()).toEqual([...holds].sort());
      });
    }
  }

  it('[R25] an anonymous caller is refused before anything else', async () => {
    const err = await getAccountOverview(anonymousCtx()).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('UNAUTHENTICATED');
  });

  it('[R20] a role change applies to an existing session on its next request', async () => {
    const org = await createOrganization('Role change Co');
    const user = await createUser({ organizationId: org.id, role: 'admin' });
    const { sessionToken } = await signedInCtx(user, org);
    const roleNow = async () => (await loadSessionContext(sessionToken))!.permissions;
    expect((await roleNow()).has('users:manage')).toBe(true);
    await db().membership.update({
      where: { userId_organizationId: { userId: user.id, organizationId: org.id } },
      data: { role: 'member' },
    });
    expect((await roleNow()).has('users:manage')).toBe(false);
  });
});
