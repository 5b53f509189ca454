import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { actorOf } from './actor';
import { revokeSessionsWhere } from './sessions';

/** Ends the current session on the server, so a copied cookie is useless afterwards (R19). */
export async function signOut(ctx: Ctx): Promise<void> {
  const session = ctx.session;
  if (!session) return;
  await db().$transaction(async (tx) => {
    await revokeSessionsWhere(tx, { id: session.sessionId }, 'signed out');
    await recordAudit(tx, {
      organizationId: session.organization?.id ?? null,
      action: 'auth.signout',
      actor: actorOf(ctx),
      target: { type: 'session', id: session.sessionId },
      meta: ctx.meta,
    });
  });
}
