import { assertSignedIn } from '@/lib/access/can';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

export interface NotificationDTO {
  id: string;
  event: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  read: boolean;
}

export async function listMyNotifications(ctx: Ctx, limit = 50): Promise<{ items: NotificationDTO[]; unread: number }> {
  assertSignedIn(ctx);
  const userId = ctx.session.user.id;
  const [rows, unread] = await Promise.all([
    db().notification.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, take: limit }),
    db().notification.count({ where: { userId, readAt: null } }),
  ]);
  return {
    items: rows.map((n) => ({
      id: n.id,
      event: n.event,
      title: n.title,
      body: n.body,
      link: n.link,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
    })),
    unread,
  };
}

export async function countMyUnread(ctx: Ctx): Promise<number> {
  if (!ctx.session) return 0;
  return db().notification.count({ where: { userId: ctx.session.user.id, readAt: null } });
}

/**
 * Marks one notification, or all, as read. Personal reading state rather than a change to the account,
 * so it is not audited. Someone else's notification id answers NOT_FOUND.
 */
export async function markNotificationsRead(ctx: Ctx, input: { id?: string }): Promise<{ marked: number }> {
  assertSignedIn(ctx);
  const userId = ctx.session.user.id;
  const res = await db().notification.updateMany({
    where: { userId, readAt: null, ...(input.id ? { id: input.id } : {}) },
    data: { readAt: new Date() },
  });
  if (input.id && res.count === 0) {
    const exists = await db().notification.count({ where: { id: input.id, userId } });
    if (!exists) throw new AppError('NOTIFICATION_NOT_FOUND');
  }
  return { marked: res.count };
}
