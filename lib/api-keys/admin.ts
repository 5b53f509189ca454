import { assertCan, assertRecentlyReauthenticated } from '@/lib/access/can';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx, SignedInCtx } from '@/lib/context';
import { AppError } from '@/lib/errors';

/** Shared opening of the API key use-cases: permission (refusal audited), sudo for creation, the session's organization. */
export async function apiKeysAdmin(ctx: Ctx, opts: { sudo: boolean }) {
  await assertCan(ctx, 'api-keys:manage');
  const signedIn = ctx as SignedInCtx;
  if (opts.sudo) assertRecentlyReauthenticated(signedIn);
  const organization = signedIn.session.organization;
  if (!organization) throw new AppError('API_KEYS_NEED_ORGANIZATION');
  return { ctx: signedIn, organization, actor: actorOf(ctx) };
}
