import type { z } from 'zod';
import { assertRecentlyReauthenticated, assertSignedIn } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { ZPasskeyIdSchema } from '@/lib/validation/mfa';
import { factorsOf, hasSecondFactor } from './factors';
import { noticeFactorRemoved } from './notices';
import { assertRemovalAllowed, auditingRefusal } from './removal-guard';

/** Removes one of the user's passkeys (sudo); it stops working at once, in every session (R17). */
export async function removePasskey(
  ctx: Ctx,
  input: z.output<typeof ZPasskeyIdSchema>,
): Promise<{ twoFactorEnabled: boolean }> {
  assertSignedIn(ctx);
  assertRecentlyReauthenticated(ctx);
  const { session } = ctx;
  const userId = session.user.id;
  return auditingRefusal(ctx, () =>
    db().$transaction(async (tx) => {
      const row = await tx.webAuthnCredential.findFirst({ where: { id: input.id, userId } });
      if (!row) throw new AppError('PASSKEY_NOT_FOUND');
      const before = await factorsOf(tx, userId);
      const after = { ...before, passkeys: before.passkeys - 1 };
      await assertRemovalAllowed(tx, ctx, before, after, `The passkey “${row.name}”`);
      await tx.webAuthnCredential.delete({ where: { id: row.id } });
      const stillOn = hasSecondFactor(after);
      if (!stillOn) await tx.recoveryCode.deleteMany({ where: { userId } });
      await recordAudit(tx, {
        organizationId: session.organization?.id ?? null,
        action: 'mfa.passkey.removed',
        actor: actorOf(ctx),
        target: { type: 'webauthn_credential', id: row.id, label: row.name },
        changes: { name: row.name, twoFactorStillOn: stillOn },
        meta: ctx.meta,
      });
      await noticeFactorRemoved(tx, ctx, `A passkey (${row.name})`, stillOn);
      return { twoFactorEnabled: stillOn };
    }),
  );
}
