import 'server-only';
import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { forgetDiscovery } from '@/lib/oidc/discovery';

/**
 * Removes the organization's OIDC connection (re-authentication required, R23). Refused while Require SSO
 * is on: members would be left with no way in. Domains stay claimed (a new connection reuses them);
 * sessions already open stay ours and end by their own timeouts.
 */
export async function removeSsoConnection(ctx: Ctx) {
  const auth = await authorize(ctx, 'sso:manage', { sudo: true });
  const organizationId = auth.organization.id;
  const removed = await db().$transaction(async (tx) => {
    const row = await tx.ssoConnection.findUnique({ where: { organizationId } });
    if (!row) throw new AppError('SSO_CONNECTION_MISSING');
    if (row.requireSso) throw new AppError('SSO_REMOVE_WHILE_REQUIRED');
    await tx.ssoConnection.delete({ where: { id: row.id } });
    await recordAudit(tx, {
      organizationId,
      action: 'sso.connection.removed',
      actor: auth.actor,
      target: { type: 'sso_connection', id: row.id, label: row.issuer },
      changes: { issuer: row.issuer, clientId: row.clientId },
      meta: ctx.meta,
    });
    return row;
  });
  forgetDiscovery(removed.issuer);
  return { removed: removed.issuer };
}
