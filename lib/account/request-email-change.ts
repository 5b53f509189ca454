import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { assertSignedIn } from '@/lib/access/can';
import { randomToken, sha256Hex } from '@/lib/auth/tokens';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { enqueueMail } from '@/lib/mail/outbox';
import { consume, minutesText } from '@/lib/security/rate-limit';
import type { TRequestEmailChange } from '@/lib/validation/signup';
import { accountEmails } from './emails';
import { assertCurrentPassword } from './password-check';

export const EMAIL_CHANGE_LINK_MINUTES = 30;

/**
 * Starts moving the account to another address: the current password again (R23), a single-use link
 * (256 bits, stored hashed, 30 minutes) to the new address, a notice to the old one. The old address
 * stays the account's until the link is used. When the new address already has an account, that address
 * is told instead and the answer here is the same (no account discovery).
 */
export async function requestEmailChange(ctx: Ctx, input: TRequestEmailChange): Promise<{ sentTo: string }> {
  assertSignedIn(ctx);
  const user = await assertCurrentPassword(ctx, input.password);
  if (input.newEmail === user.email)
    throw new AppError('VALIDATION', undefined, { newEmail: [fieldMessage('EMAIL_UNCHANGED')] });
  const limit = await consume('emailChangePerUser', user.id);
  if (limit.limited) throw new AppError('EMAIL_CHANGES_RATE_LIMITED', { wait: minutesText(limit.retryAfterSeconds) });

  const taken = await db().user.findUnique({ where: { email: input.newEmail }, select: { id: true } });
  const { brand, appUrl, supportEmail } = getConfig();
  const token = randomToken(32);
  const now = new Date();
  await db().$transaction(async (tx) => {
    // One pending change at a time: an earlier link stops working.
    await tx.emailChangeRequest.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    const request = taken
      ? null
      : await tx.emailChangeRequest.create({
          data: {
            userId: user.id,
            oldEmail: user.email,
            newEmail: input.newEmail,
            tokenHash: sha256Hex(token),
            requestedIp: ctx.meta.ip,
            expiresAt: new Date(now.getTime() + EMAIL_CHANGE_LINK_MINUTES * 60_000),
          },
        });
    await recordAudit(tx, {
      organizationId: ctx.session.organization?.id ?? null,
      action: 'account.email_change_requested',
      actor: actorOf(ctx),
      target: { type: 'user', id: user.id, label: user.email },
      changes: { before: { email: user.email }, requested: { email: input.newEmail }, requestId: request?.id ?? null },
      meta: ctx.meta,
    });
    if (request) {
      const url = new URL('/confirm-email', appUrl);
      url.searchParams.set('token', token);
      await enqueueMail(tx, {
        to: input.newEmail,
        template: 'accountConfirmNewEmail',
        rendered: accountEmails.confirmNewEmail({
          brand: brand.name,
          name: user.name,
          url: url.toString(),
          minutes: EMAIL_CHANGE_LINK_MINUTES,
          oldEmail: user.email,
        }),
      });
    } else {
      await enqueueMail(tx, {
        to: input.newEmail,
        template: 'accountAddressInUse',
        rendered: accountEmails.addressInUse({ brand: brand.name }),
      });
    }
    await enqueueMail(tx, {
      to: user.email,
      template: 'accountEmailChangeRequested',
      rendered: accountEmails.changeRequestedNotice({
        brand: brand.name,
        name: user.name,
        newEmail: input.newEmail,
        when: now.toUTCString(),
        ip: ctx.meta.ip,
        supportEmail,
      }),
    });
  });
  return { sentTo: input.newEmail };
}
