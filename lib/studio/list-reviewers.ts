import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { studioActor } from './access';
import type { ReviewerOption } from './dto';
import { contentStaff } from './staff';

/** Who the caller can ask for a review: vendor staff with content:edit, except the caller. */
export async function listReviewers(ctx: Ctx): Promise<ReviewerOption[]> {
  const actor = await studioActor(ctx);
  const staff = await contentStaff(db(), actor.organizationId);
  return staff.filter((s) => s.id !== actor.userId).map(({ id, name, email, canPublish }) => ({ id, name, email, canPublish }));
}
