import { assertSignedIn } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { NOTIFICATION_EVENTS, type NotificationEvent, type NotificationEventSpec } from './catalogue';

export interface PreferenceDTO {
  event: NotificationEvent;
  label: string;
  description: string;
  critical: boolean;
  email: boolean;
  inApp: boolean;
}

/** The events this user can hear of: the studio's events only for the vendor's own staff. */
function eventsFor(ctx: Ctx): [NotificationEvent, NotificationEventSpec][] {
  const vendorStaff = ctx.session?.organization?.kind === 'VENDOR';
  return (Object.entries(NOTIFICATION_EVENTS) as [NotificationEvent, NotificationEventSpec][]).filter(
    ([, spec]) => vendorStaff || !spec.vendorOnly,
  );
}

export async function getMyPreferences(ctx: Ctx): Promise<PreferenceDTO[]> {
  assertSignedIn(ctx);
  const saved = await db().notificationPreference.findMany({ where: { userId: ctx.session.user.id } });
  return eventsFor(ctx).map(([event, spec]) => {
    const pref = saved.find((p) => p.event === event);
    return {
      event,
      label: spec.label,
      description: spec.description,
      critical: spec.critical,
      email: spec.critical || (pref?.email ?? true),
      inApp: spec.critical || (pref?.inApp ?? true),
    };
  });
}

/** Saves the user's choices for optional events; security-critical ones cannot be turned off. */
export async function updateMyPreferences(
  ctx: Ctx,
  input: { preferences: { event: string; email: boolean; inApp: boolean }[] },
): Promise<PreferenceDTO[]> {
  assertSignedIn(ctx);
  const { session } = ctx;
  const known = new Map(eventsFor(ctx));
  for (const p of input.preferences) {
    const spec = known.get(p.event as NotificationEvent);
    if (!spec) throw new AppError('NOTIFICATION_UNKNOWN', { event: p.event });
    if (spec.critical && (!p.email || !p.inApp)) {
      throw new AppError('NOTIFICATION_MANDATORY', { label: spec.label });
    }
  }
  const optional = input.preferences.filter((p) => !NOTIFICATION_EVENTS[p.event as NotificationEvent].critical);
  await db().$transaction(async (tx) => {
    const before = await tx.notificationPreference.findMany({ where: { userId: session.user.id } });
    for (const p of optional) {
      await tx.notificationPreference.upsert({
        where: { userId_event: { userId: session.user.id, event: p.event } },
        create: { userId: session.user.id, event: p.event, email: p.email, inApp: p.inApp },
        update: { email: p.email, inApp: p.inApp },
      });
    }
    await recordAudit(tx, {
      organizationId: session.organization?.id ?? null,
      action: 'notification.preferences.updated',
      actor: { type: 'USER', id: session.user.id, label: session.user.email },
      target: { type: 'user', id: session.user.id, label: session.user.email },
      changes: {
        before: Object.fromEntries(before.map((b) => [b.event, `${b.email ? 'email' : '-'}/${b.inApp ? 'app' : '-'}`])),
        after: Object.fromEntries(
          optional.map((p) => [p.event, `${p.email ? 'email' : '-'}/${p.inApp ? 'app' : '-'}`]),
        ),
      },
      meta: ctx.meta,
    });
  });
  return getMyPreferences(ctx);
}
