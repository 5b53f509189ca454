import type { Permission } from '@/lib/access/permissions';
import { assertCan } from '@/lib/access/can';
import type { AuditActor } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx, SignedInCtx } from '@/lib/context';
import { AppError } from '@/lib/errors';
import './site-source';

// Who may use the studio: vendor staff holding the permission. The pages belong to the trust center, i.e.
// to the vendor organization; a customer organization (even with a custom role holding content:edit)
// finds nothing here (R25). Importing this module also makes the database the site's page source.

export interface StudioActor {
  organizationId: string;
  userId: string;
  email: string;
  name: string;
  audit: AuditActor;
}

export async function studioActor(ctx: Ctx, permission: Permission = 'content:edit'): Promise<StudioActor> {
  await assertCan(ctx, permission);
  const { session } = ctx as SignedInCtx;
  if (session.organization?.kind !== 'VENDOR') throw new AppError('NOT_FOUND');
  return {
    organizationId: session.organization.id,
    userId: session.user.id,
    email: session.user.email,
    name: session.user.name || session.user.email,
    audit: actorOf(ctx),
  };
}
