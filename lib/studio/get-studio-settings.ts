import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { studioActor } from './access';
import type { StudioSettings } from './dto';

export async function getStudioSettings(ctx: Ctx): Promise<StudioSettings> {
  const actor = await studioActor(ctx);
  const org = await db().organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { fourEyesPublishing: true } });
  return { fourEyesPublishing: org.fourEyesPublishing };
}
