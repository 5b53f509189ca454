import type { Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation/parse-input';
import { ZApproveSchema } from '@/lib/validation/studio';
import { decide } from './decide-review';

/** The assigned reviewer approves the revision (optionally with a note); someone with content:publish can then publish it. */
export async function approveReview(ctx: Ctx, input: { reviewId: string; body?: string }): Promise<void> {
  const { reviewId, body } = parseInput(ZApproveSchema, input);
  await decide(ctx, { reviewId, body: body || undefined, outcome: 'approved' });
}
