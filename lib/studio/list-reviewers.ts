import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { STUDIO } from './access';
import type { ReviewerOption } from './dto';
import { contentStaff } from './staff';

/** Who the caller can ask for a review: vendor staff with content:edit, except the caller. */
export async function listReviewers(ctx: Ctx): Promise<ReviewerOption[]> {
  const { session, organization } = await authorize(ctx, 'content:edit', STUDIO);
  const staff = await contentStaff(db(), organization.id);
  return staff
    .filter((s) => s.id !== session.user.id)
    .map(({ id, name, email, canPublish }) => ({ id, name, email, canPublish }));
}
