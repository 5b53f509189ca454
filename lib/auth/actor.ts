import type { AuditActor } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';

export function actorOf(ctx: Ctx): AuditActor {
  if (!ctx.session) return { type: 'ANONYMOUS', id: null, label: null };
  // Vendor staff inside a customer's account: every event says so, and under which grant.
  const grant = ctx.session.supportGrant;
  if (grant)
    return {
      type: 'VENDOR_STAFF',
      id: ctx.session.user.id,
      label: `${ctx.session.user.email} (vendor staff under grant ${grant.reference})`,
    };
  return { type: 'USER', id: ctx.session.user.id, label: ctx.session.user.email };
}

export function userActor(user: { id: string; email: string }): AuditActor {
  return { type: 'USER', id: user.id, label: user.email };
}
