import type { z } from 'zod';
import { assertSignedIn } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { ZRenamePasskeySchema } from '@/lib/validation/mfa';
import { toPasskeyDTO, type PasskeyDTO } from './passkey-dto';

/** Renames one of the user's own passkeys; anyone else's id answers NOT_FOUND. */
export async function renamePasskey(ctx: Ctx, input: z.output<typeof ZRenamePasskeySchema>): Promise<PasskeyDTO> {
  assertSignedIn(ctx);
  const { session } = ctx;
  return db().$transaction(async (tx) => {
    const row = await tx.webAuthnCredential.findFirst({ where: { id: input.id, userId: session.user.id } });
    if (!row) throw new AppError('PASSKEY_NOT_FOUND');
    const updated = await tx.webAuthnCredential.update({ where: { id: row.id }, data: { name: input.name } });
    await recordAudit(tx, {
      organizationId: session.organization?.id ?? null,
      action: 'mfa.passkey.renamed',
      actor: actorOf(ctx),
      target: { type: 'webauthn_credential', id: row.id, label: input.name },
      changes: { name: { from: row.name, to: input.name } },
      meta: ctx.meta,
    });
    return toPasskeyDTO(updated);
  });
}
