import { sha256Hex } from '@/lib/auth/tokens';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { consume } from '@/lib/security/rate-limit';
import { settleVerifiedRequest, type VerifyOutcome } from './settle-verified-request';

export type { VerifyOutcome };

/**
 * Confirms the requester's email with the single-use link. A domain on the auto-approve list is granted
 * at once (the rule's expiry); anything else joins the staff queue.
 */
export async function verifyAccessRequest(ctx: Ctx, input: { token: string }): Promise<VerifyOutcome> {
  const limit = await consume('documentAccessLinkPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) throw new AppError('RATE_LIMITED');
  return db().$transaction(async (tx) => {
    const now = new Date();
    // Consumed atomically: of two racing clicks only one finds the token unused.
    const claimed = await tx.documentAccessToken.updateManyAndReturn({
      where: { tokenHash: sha256Hex(input.token), kind: 'VERIFY_EMAIL', usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    const token = claimed[0];
    if (!token) throw new AppError('DOCUMENT_REQUEST_LINK_USED');
    const request = await tx.documentAccessRequest.findUniqueOrThrow({ where: { id: token.requestId } });
    return settleVerifiedRequest(tx, ctx, request, 'email-link');
  });
}
