import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZStudioSettingsSchema } from '@/lib/validation/studio';
import { studioActor } from './access';
import type { StudioSettings } from './dto';

/** Four-eyes publishing on or off (content:publish). */
export async function updateStudioSettings(ctx: Ctx, input: { fourEyesPublishing: boolean | string }): Promise<StudioSettings> {
  const actor = await studioActor(ctx, 'content:publish');
  const { fourEyesPublishing } = parseInput(ZStudioSettingsSchema, input);
  return db().$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { fourEyesPublishing: true } });
    await tx.organization.update({ where: { id: actor.organizationId }, data: { fourEyesPublishing } });
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      action: 'content.settings.updated',
      actor: actor.audit,
      target: { type: 'organization', id: actor.organizationId },
      changes: { fourEyesPublishing: { from: before.fourEyesPublishing, to: fourEyesPublishing } },
      meta: ctx.meta,
    });
    return { fourEyesPublishing };
  });
}
