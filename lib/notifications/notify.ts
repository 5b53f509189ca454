import { MEMBERSHIP_ROLE_INCLUDE, permissionsOfMembership } from '@/lib/access/role-permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import { enqueueMail } from '@/lib/mail/outbox';
import type { RenderedMail } from '@/lib/mail/render';
import { NOTIFICATION_EVENTS, type NotificationEvent } from './catalogue';

export interface Recipient {
  id: string;
  email: string;
  name: string;
}

export interface NotifyInput {
  event: NotificationEvent;
  organizationId: string | null;
  /** The user the event is about (audience 'user' and 'user-and-admins'). */
  userId?: string | null;
  title: string;
  body: string;
  /** Site-relative link for the in-app notification, e.g. /account/security. */
  link?: string;
  email: (recipient: Recipient) => RenderedMail;
}

/** Members who administer the organization's security: every role holding security:manage. */
export async function organizationAdmins(tx: Prisma.TransactionClient, organizationId: string): Promise<Recipient[]> {
  const members = await tx.membership.findMany({
    where: { organizationId, deactivatedAt: null, user: { status: 'ACTIVE' } },
    include: { user: { select: { id: true, email: true, name: true } }, ...MEMBERSHIP_ROLE_INCLUDE },
  });
  return members.filter((m) => permissionsOfMembership(m).has('security:manage')).map((m) => m.user);
}

/**
 * Tells the right people, inside the caller's transaction: an in-app notification and an email each,
 * unless they switched an optional event off. Security-critical events ignore preferences.
 */
export async function notify(tx: Prisma.TransactionClient, input: NotifyInput): Promise<{ recipients: number }> {
  const spec = NOTIFICATION_EVENTS[input.event];
  const recipients = new Map<string, Recipient>();
  if (spec.audience !== 'admins' && input.userId) {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, email: true, name: true },
    });
    if (user) recipients.set(user.id, user);
  }
  if (spec.audience !== 'user' && input.organizationId) {
    for (const admin of await organizationAdmins(tx, input.organizationId)) recipients.set(admin.id, admin);
  }
  if (recipients.size === 0) return { recipients: 0 };

  const prefs = spec.critical
    ? []
    : await tx.notificationPreference.findMany({
        where: { event: input.event, userId: { in: [...recipients.keys()] } },
      });
  const prefOf = (userId: string) => prefs.find((p) => p.userId === userId);

  for (const r of recipients.values()) {
    const pref = prefOf(r.id);
    if (spec.critical || pref?.inApp !== false) {
      await tx.notification.create({
        data: {
          userId: r.id,
          organizationId: input.organizationId,
          event: input.event,
          title: input.title,
          body: input.body,
          link: input.link,
        },
      });
    }
    if (spec.critical || pref?.email !== false) {
      await enqueueMail(tx, { to: r.email, template: input.event, rendered: input.email(r) });
    }
  }
  return { recipients: recipients.size };
}
