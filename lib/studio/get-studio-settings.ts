import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { STUDIO } from './access';
import type { StudioSettings } from './dto';

export async function getStudioSettings(ctx: Ctx): Promise<StudioSettings> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const org = await db().organization.findUniqueOrThrow({
    where: { id: staff.organization.id },
    select: { fourEyesPublishing: true },
  });
  return { fourEyesPublishing: org.fourEyesPublishing };
}
