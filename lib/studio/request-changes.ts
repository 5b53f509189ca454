import type { Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation/parse-input';
import { ZCommentSchema } from '@/lib/validation/studio';
import { decide } from './decide-review';

/** The assigned reviewer sends the revision back, saying what to change; the author edits the draft and asks again. */
export async function requestChanges(ctx: Ctx, input: { reviewId: string; body: string }): Promise<void> {
  const { reviewId, body } = parseInput(ZCommentSchema, input);
  await decide(ctx, { reviewId, body, outcome: 'changes_requested' });
}
