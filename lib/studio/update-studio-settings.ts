import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZStudioSettingsSchema } from '@/lib/validation/studio';
import { STUDIO } from './access';
import type { StudioSettings } from './dto';

/** Four-eyes publishing on or off (content:publish). */
export async function updateStudioSettings(
  ctx: Ctx,
  input: { fourEyesPublishing: boolean | string },
): Promise<StudioSettings> {
  const staff = await authorize(ctx, 'content:publish', STUDIO);
  const { fourEyesPublishing } = parseInput(ZStudioSettingsSchema, input);
  return db().$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: staff.organization.id },
      select: { fourEyesPublishing: true },
    });
    await tx.organization.update({ where: { id: staff.organization.id }, data: { fourEyesPublishing } });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'content.settings.updated',
      actor: staff.actor,
      target: { type: 'organization', id: staff.organization.id },
      changes: { fourEyesPublishing: { from: before.fourEyesPublishing, to: fourEyesPublishing } },
      meta: ctx.meta,
    });
    return { fourEyesPublishing };
  });
}
