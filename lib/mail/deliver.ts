import nodemailer, { type Transporter } from 'nodemailer';
import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { logger } from '@/lib/log';

const MAX_ATTEMPTS = 8;
let transporter: Transporter | null | undefined;

function getTransporter(): Transporter | null {
  if (transporter === undefined) {
    const { smtpUrl, mailTransport } = getConfig();
    transporter = mailTransport === 'smtp' && smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  }
  return transporter;
}

/** Exponential backoff: 30 s, 1 min, 2 min … capped at 1 hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(attempts - 1, 0), 3_600_000);
}

/**
 * A stable Message-ID: if the process dies after SMTP accepted a message but before it is marked SENT,
 * the retry carries the same id, so receiving systems can recognise the duplicate (delivery is at least
 * once; the claim below keeps two workers from sending the same row at the same time).
 */
export function messageIdOf(mail: { id: string; dedupeKey: string | null }): string {
  const local = (mail.dedupeKey ?? mail.id).replace(/[^A-Za-z0-9._-]+/g, '.');
  return `<${local}@${getConfig().appUrl.hostname}>`;
}

/**
 * Sends due emails. Each row is claimed with a conditional update so two instances never send the same
 * message. With MAIL_TRANSPORT=log (the default without SMTP_URL) nothing is sent: the message counts as
 * sent, is logged, and vendor staff read it at /studio/outbox.
 */
export async function deliverPendingMail(limit = 20): Promise<{ sent: number; failed: number }> {
  const prisma = db();
  const due = await prisma.mailOutbox.findMany({
    where: { status: 'PENDING', nextAttemptAt: { lte: new Date() } },
    orderBy: { createdAt: 'asc' },
    take: limit,
  });
  let sent = 0;
  let failed = 0;
  for (const mail of due) {
    const claimUntil = new Date(Date.now() + 60_000);
    const claimed = await prisma.mailOutbox.updateMany({
      where: { id: mail.id, status: 'PENDING', nextAttemptAt: mail.nextAttemptAt },
      data: { nextAttemptAt: claimUntil, attempts: { increment: 1 } },
    });
    if (claimed.count === 0) continue;
    try {
      const transport = getTransporter();
      if (transport) {
        await transport.sendMail({
          from: getConfig().mailFrom,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: (mail.headers ?? undefined) as Record<string, string> | undefined,
          messageId: messageIdOf(mail),
        });
      } else if (getConfig().isProduction) {
        // Bodies can hold one-time links: a production log never gets them, the local outbox page does.
        logger.info(
          {
            mailId: mail.id,
            to: mail.to,
            subject: mail.subject,
            outbox: new URL('/studio/outbox', getConfig().appUrl).href,
          },
          'email kept in the local outbox, not sent (MAIL_TRANSPORT=log; set SMTP_URL to send)',
        );
      } else {
        logger.info(
          { mailId: mail.id, to: mail.to, subject: mail.subject, body: mail.text },
          'email (MAIL_TRANSPORT=log: printed instead of sent)',
        );
      }
      await prisma.mailOutbox.update({
        where: { id: mail.id },
        data: { status: 'SENT', sentAt: new Date(), lastError: null },
      });
      sent++;
    } catch (err) {
      const attempts = mail.attempts + 1;
      const giveUp = attempts >= MAX_ATTEMPTS;
      await prisma.mailOutbox.update({
        where: { id: mail.id },
        data: {
          status: giveUp ? 'FAILED' : 'PENDING',
          nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)),
          lastError: (err as Error).message.slice(0, 500),
        },
      });
      logger.warn(
        { mailId: mail.id, attempts, giveUp, err: { message: (err as Error).message } },
        'email delivery failed',
      );
      failed++;
    }
  }
  return { sent, failed };
}
