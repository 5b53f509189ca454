import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { rotateSession } from '@/lib/auth/rotate-session';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import { formatDateTime } from '@/lib/ui/format';
import { supportEmails } from './emails';
import { usableGrantsWhere } from './list-my-support-grants';

/**
 * A staff member opens a customer's account under a grant: the session is replaced (new id, R18) by a
 * support session acting in the customer's organization, ending no later than the grant. Audited in both
 * organizations; the customer's admins hear about the grant's first use.
 */
export async function openSupportSession(
  ctx: Ctx,
  input: { grantId: string },
): Promise<{ sessionToken: string; organizationName: string }> {
  const { session } = await authorize(ctx, 'support:act');
  return db().$transaction(async (tx) => {
    const grant = await tx.supportGrant.findFirst({
      where: { id: input.grantId, ...usableGrantsWhere(session.user.id) },
      include: { organization: { select: { id: true, name: true } } },
    });
    // Another customer's grant, someone else's named grant, an ended one: all simply not there (R25).
    if (!grant) throw new AppError('SUPPORT_GRANT_ENDED');
    const { token, sessionId } = await rotateSession(tx, {
      sessionId: session.sessionId,
      organizationId: grant.organizationId,
      supportGrantId: grant.id,
      endsBy: grant.expiresAt,
      meta: ctx.meta,
      reason: 'entered support session',
    });
    const actor = {
      type: 'VENDOR_STAFF' as const,
      id: session.user.id,
      label: `${session.user.email} (vendor staff under grant ${grant.reference})`,
    };
    const changes = {
      grant: grant.reference,
      scope: grant.scopeLabel,
      expiresAt: grant.expiresAt.toISOString(),
      session: sessionId,
    };
    await recordAudit(tx, {
      organizationId: grant.organizationId,
      action: 'support_access.opened',
      actor,
      target: { type: 'support_grant', id: grant.id, label: grant.reference },
      changes,
      meta: ctx.meta,
    });
    // The vendor's own log shows which of its staff entered which customer, too.
    await recordAudit(tx, {
      organizationId: session.organization?.id ?? null,
      action: 'support_access.opened',
      actor: { type: 'USER', id: session.user.id, label: session.user.email },
      target: { type: 'organization', id: grant.organizationId, label: grant.organization.name },
      changes,
      meta: ctx.meta,
    });
    const first = await tx.supportGrant.updateMany({
      where: { id: grant.id, firstUsedAt: null },
      data: { firstUsedAt: new Date() },
    });
    if (first.count === 1) {
      const { brand, appUrl } = getConfig();
      const staff = `${session.user.name} (${session.user.email})`;
      await notify(tx, {
        event: 'support_access.used',
        organizationId: grant.organizationId,
        title: `Support opened your account (${grant.reference})`,
        body: `${staff} opened ${grant.organization.name} under grant ${grant.reference}, which ends ${formatDateTime(grant.expiresAt)}.`,
        link: '/account/support-access',
        email: (r) =>
          supportEmails.used({
            brand: brand.name,
            name: r.name,
            organization: grant.organization.name,
            staff,
            reference: grant.reference,
            expires: formatDateTime(grant.expiresAt),
            url: new URL('/account/support-access', appUrl).toString(),
          }),
      });
    }
    return { sessionToken: token, organizationName: grant.organization.name };
  });
}
