import { recordAudit } from '@/lib/audit/record';
import { sha256Hex } from '@/lib/auth/tokens';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError, appErrorOnFields } from '@/lib/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import { consume, minutesText } from '@/lib/security/rate-limit';
import { accountEmails } from './emails';
import { EMAIL_CHANGE_LINK_REASONS, lookupEmailChangeLink, type EmailChangeLinkState } from './email-change-link';

/**
 * Moves the account to the new address, from the link sent there (single use, also under racing
 * requests). The old address is told. The change is recorded in the chain of every organization the user
 * belongs to (each one's administrators see who their member now is): one event per organization.
 */
export async function confirmEmailChange(ctx: Ctx, input: { token: string }): Promise<{ email: string }> {
  const limit = await consume('emailChangeLinkPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) throw new AppError('TOO_MANY_ATTEMPTS', { wait: minutesText(limit.retryAfterSeconds) });
  const link = await lookupEmailChangeLink(input.token);
  if (link.state !== 'open') throw await refuseEmailChangeLink(ctx, link, 'confirmation');

  const now = new Date();
  const { brand, supportEmail } = getConfig();
  try {
    return await db().$transaction(async (tx) => {
      const claimed = await tx.emailChangeRequest.updateMany({
        where: { id: link.id, tokenHash: sha256Hex(input.token), usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (claimed.count !== 1) throw new LinkTaken();
      const user = await tx.user.update({
        where: { id: link.userId, email: link.oldEmail },
        data: { email: link.newEmail },
      });
      for (const organizationId of link.organizationIds.length ? link.organizationIds : [null]) {
        await recordAudit(tx, {
          organizationId,
          action: 'account.email_changed',
          actor: { type: 'USER', id: user.id, label: link.newEmail },
          target: { type: 'user', id: user.id, label: link.newEmail },
          changes: {
            before: { email: link.oldEmail },
            after: { email: link.newEmail },
            confirmedBy: 'link sent to the new address',
          },
          meta: ctx.meta,
        });
      }
      await enqueueMail(tx, {
        to: link.oldEmail,
        template: 'accountEmailChanged',
        rendered: accountEmails.changedNotice({
          brand: brand.name,
          name: user.name,
          newEmail: link.newEmail,
          when: now.toUTCString(),
          supportEmail,
        }),
      });
      return { email: link.newEmail };
    });
  } catch (err) {
    if (err instanceof LinkTaken || (err as { code?: string })?.code === 'P2025')
      throw await refuseEmailChangeLink(ctx, { ...link, state: 'used' }, 'confirmation');
    // The new address got an account of its own since the request.
    if ((err as { code?: string })?.code === 'P2002') {
      await refuseEmailChangeLink(ctx, { ...link, state: 'used' }, 'address taken');
      throw new AppError('EMAIL_CHANGE_ADDRESS_TAKEN', { email: link.newEmail });
    }
    throw err;
  }
}

class LinkTaken extends Error {}

/** Audits a refused link (in the user's first organization's chain, when known) and returns the error to throw. */
export async function refuseEmailChangeLink(
  ctx: Ctx,
  link: Exclude<EmailChangeLinkState, { state: 'open' }>,
  step: string,
): Promise<AppError> {
  await db().$transaction((tx) =>
    recordAudit(tx, {
      organizationId: link.organizationIds[0] ?? null,
      action: 'account.email_change_link_refused',
      actor: { type: 'ANONYMOUS', id: null, label: null },
      outcome: 'FAILURE',
      target: { type: 'user', id: link.userId, label: link.newEmail },
      changes: { reason: link.state, step },
      meta: ctx.meta,
    }),
  );
  return appErrorOnFields(['token'], EMAIL_CHANGE_LINK_REASONS[link.state]);
}
