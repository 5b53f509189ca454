import type { Prisma } from '@/lib/generated/prisma/client';
import type { RenderedMail } from './render';

/**
 * Queues an email inside the caller's transaction: if the change rolls back, no email goes out, and if
 * it commits, the email is sent even when the process dies right after (the sender retries).
 */
export async function enqueueMail(
  tx: Prisma.TransactionClient,
  mail: { to: string; template: string; rendered: RenderedMail; dedupeKey?: string; headers?: Record<string, string> },
): Promise<void> {
  await tx.mailOutbox.create({ data: outboxRow(mail) });
}

/** The outbox row of a message (for createMany with skipDuplicates in fan-outs keyed by dedupeKey). */
export function outboxRow(mail: {
  to: string;
  template: string;
  rendered: RenderedMail;
  dedupeKey?: string;
  headers?: Record<string, string>;
}) {
  return {
    to: mail.to,
    template: mail.template,
    subject: mail.rendered.subject,
    text: mail.rendered.text,
    html: mail.rendered.html,
    dedupeKey: mail.dedupeKey ?? null,
    headers: mail.headers ?? undefined,
  };
}
