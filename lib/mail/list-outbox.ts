import { authorize } from '@/lib/access/authorize';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

export const OUTBOX_PAGE_SIZE = 50;

export interface OutboxMessageDto {
  id: string;
  to: string;
  subject: string;
  text: string;
  template: string;
  status: 'PENDING' | 'SENT' | 'FAILED';
  createdAt: string;
}

/**
 * The local outbox (/studio/outbox): with MAIL_TRANSPORT=log nothing leaves the machine, so a newcomer
 * trying the demo reads here the emails it would have sent — invitations, password resets, notices.
 * Those carry one-time links, hence: the vendor's own staff only, and only while emails are not sent
 * (with SMTP the page does not exist: mailboxes are where messages are read).
 */
export async function listOutbox(ctx: Ctx): Promise<OutboxMessageDto[]> {
  await authorize(ctx, 'content:publish', { vendorOnly: 'the local outbox' });
  if (getConfig().mailTransport !== 'log') throw new AppError('OUTBOX_NOT_LOCAL');
  const rows = await db().mailOutbox.findMany({ orderBy: { createdAt: 'desc' }, take: OUTBOX_PAGE_SIZE });
  return rows.map((r) => ({
    id: r.id,
    to: r.to,
    subject: r.subject,
    text: r.text,
    template: r.template,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
  }));
}
