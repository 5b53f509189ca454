import type { AuditActor } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx, SessionContext, SignedInCtx } from '@/lib/context';
import { AppError } from '@/lib/errors';
import { assertRecentlyReauthenticated, can } from './can';
import type { Permission } from './permissions';
import { recordDenial } from './refusal';

// The one opening of every use-case that acts for an organization, and the one rule for what it answers:
// - no session → UNAUTHENTICATED (401), nothing recorded;
// - the permission is not held (deny by default; a read-only support session never changes anything)
//   → FORBIDDEN (403), `access.denied` recorded (R25, R27): the caller's own organization owns the area,
//   so saying "no" leaks nothing;
// - vendorOnly, and the caller is in a customer organization or a support session (even when a custom role
//   holds the same permission name) → FORBIDDEN (403), recorded, like the studio layout's 403;
//   `hideFromCustomers` answers NOT_FOUND instead, still recorded (the studio's use-cases: R25, pinned by
//   tests/integration/studio-editing.test.ts);
// - the session acts for no organization → FORBIDDEN (403), recorded;
// - `sudo` and no credential re-entered in the last 10 minutes → REAUTH_REQUIRED (R23): a prompt, not a refusal.
// A resource outside the caller's organization (another tenant's id) is not refused here: every query is
// scoped by the `organization.id` returned, so the id finds nothing → NOT_FOUND (404), which says nothing
// about the other tenant (R25). Refusals are written in one place: recordDenial (lib/access/refusal.ts).

export type AuthorizedOrganization = NonNullable<SessionContext['organization']>;

/** A context whose session, organization and audit actor are known: no `!` needed downstream. */
export interface AuthorizedCtx extends SignedInCtx {
  session: SessionContext & { organization: AuthorizedOrganization };
  organization: AuthorizedOrganization;
  actor: AuditActor;
}

export interface AuthorizeOptions {
  /** Sensitive change: a credential re-entered in the last 10 minutes (R23), else REAUTH_REQUIRED. */
  sudo?: boolean;
  /** Work of the trust center's vendor, named for the refusal ("abuse reports"): customer organizations are refused. */
  vendorOnly?: string;
  /** With vendorOnly: a customer organization is told NOT_FOUND rather than FORBIDDEN (still recorded). */
  hideFromCustomers?: boolean;
}

export async function authorize(ctx: Ctx, permission: Permission, opts: AuthorizeOptions = {}): Promise<AuthorizedCtx> {
  const session = ctx.session;
  if (!session) throw new AppError('UNAUTHENTICATED');
  if (!can(ctx, permission)) {
    await recordDenial(ctx, { permission });
    throw new AppError('FORBIDDEN');
  }
  const organization = session.organization;
  // Support grants exist only in customer organizations: vendor work is never done under one.
  if (opts.vendorOnly && (organization?.kind !== 'VENDOR' || session.supportGrant)) {
    await recordDenial(ctx, { permission, reason: `${opts.vendorOnly} belongs to the vendor` });
    if (opts.hideFromCustomers) throw new AppError('NOT_FOUND');
    throw new AppError('VENDOR_STAFF_ONLY', { what: opts.vendorOnly });
  }
  if (!organization) {
    await recordDenial(ctx, { permission, reason: 'no organization' });
    throw new AppError('NEEDS_ORGANIZATION');
  }
  const authorized: AuthorizedCtx = {
    ...ctx,
    session: { ...session, organization },
    organization,
    actor: actorOf(ctx),
  };
  if (opts.sudo) assertRecentlyReauthenticated(authorized);
  return authorized;
}
