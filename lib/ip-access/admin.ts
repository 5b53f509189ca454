// Shared opening of every IP access use-case: the permission (refusal audited), sudo mode for changes
// (R23), and the organization from the session — never from the request.
import { assertCan, assertRecentlyReauthenticated } from '@/lib/access/can';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx, SignedInCtx } from '@/lib/context';
import { AppError } from '@/lib/errors';

export async function ipAccessAdmin(ctx: Ctx, opts: { change: boolean }) {
  await assertCan(ctx, 'ip-access:manage');
  const signedIn = ctx as SignedInCtx;
  if (opts.change) assertRecentlyReauthenticated(signedIn);
  const organization = signedIn.session.organization;
  if (!organization) throw new AppError('IP_ACCESS_NEEDS_ORGANIZATION');
  const actor = actorOf(ctx);
  return {
    ctx: signedIn,
    organization: { id: organization.id, name: organization.name },
    actor,
    who: `${signedIn.session.user.name} (${actor.label ?? signedIn.session.user.email})`,
    createdBy: { id: signedIn.session.user.id, label: signedIn.session.user.email },
  };
}
