import 'server-only';
import { assertCan } from '@/lib/access/can';
import type { Permission } from '@/lib/access/permissions';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx, SignedInCtx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * The register belongs to the trust center's vendor: a customer organization may hold a role with
 * content:edit for its own purposes, but never edits the vendor's register. Refusals are audited (R27).
 */
export async function assertRegisterStaff(ctx: Ctx, permission: Extract<Permission, 'content:edit' | 'content:publish'>): Promise<SignedInCtx & { organizationId: string }> {
  await assertCan(ctx, permission);
  const { session } = ctx as SignedInCtx;
  const organization = session.organization;
  if (organization?.kind !== 'VENDOR') {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: organization?.id ?? null,
        action: 'access.denied',
        actor: actorOf(ctx),
        outcome: 'DENIED',
        changes: { permission, reason: 'the sub-processor register belongs to the vendor' },
        meta: ctx.meta,
      }),
    );
    throw new AppError('FORBIDDEN', 'Only the trust center’s own staff can change the sub-processor register.');
  }
  return { ...(ctx as SignedInCtx), organizationId: organization.id };
}
