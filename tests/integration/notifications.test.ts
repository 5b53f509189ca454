import { beforeAll, describe, expect, it } from 'vitest';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { redeemSignInTicket } from '@/lib/auth/sign-in-ticket';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { renderMail } from '@/lib/mail/render';
import { NOTIFICATION_EVENTS, type NotificationEvent } from '@/lib/notifications/catalogue';
import { listMyNotifications, markNotificationsRead } from '@/lib/notifications/my-notifications';
import { notify } from '@/lib/notifications/notify';
import { getMyPreferences, updateMyPreferences } from '@/lib/notifications/preferences';
import { anonymousCtx, createOrganization, createUser, signedInCtx, TEST_PASSWORD } from '@/tests/fixtures/factories';

let org: Awaited<ReturnType<typeof createOrganization>>;
let owner: Awaited<ReturnType<typeof createUser>>;
let admin: Awaited<ReturnType<typeof createUser>>;
let member: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  org = await createOrganization('Notify Co');
  owner = await createUser({ organizationId: org.id, role: 'owner' });
  admin = await createUser({ organizationId: org.id, role: 'admin' });
  member = await createUser({ organizationId: org.id, role: 'member' });
});

async function send(event: NotificationEvent, userId: string | null = member.id) {
  return db().$transaction((tx) =>
    notify(tx, {
      event,
      organizationId: org.id,
      userId,
      title: `Title of ${event}`,
      body: 'Body',
      email: (r) => renderMail({ brand: 'Acme Mail', subject: `About ${event}`, paragraphs: [`Hello ${r.name}`] }),
    }),
  );
}

const mailsTo = (email: string, template: string) => db().mailOutbox.count({ where: { to: email, template } });
const inApp = (userId: string, event: string) => db().notification.count({ where: { userId, event } });

describe('notifications', () => {
  it.each(
    Object.entries(NOTIFICATION_EVENTS) as [NotificationEvent, (typeof NOTIFICATION_EVENTS)[NotificationEvent]][],
  )('%s reaches its audience exactly once, by email and in the app', async (event, spec) => {
    await send(event);
    const expected = {
      user: [member],
      admins: [owner, admin],
      'user-and-admins': [member, owner, admin],
    }[spec.audience];
    for (const u of [member, owner, admin]) {
      const should = expected.includes(u) ? 1 : 0;
      expect(await mailsTo(u.email, event), `${event} email to ${u.email}`).toBe(should);
      expect(await inApp(u.id, event), `${event} in-app for ${u.email}`).toBe(should);
    }
  });

  it('respects a choice to turn an optional event off, but never a security-critical one', async () => {
    const ctx = await signedInCtx(admin, org);
    await updateMyPreferences(ctx, { preferences: [{ event: 'api_key.created', email: false, inApp: true }] });
    const before = await mailsTo(admin.email, 'api_key.created');
    await send('api_key.created');
    expect(await mailsTo(admin.email, 'api_key.created')).toBe(before);
    expect(await mailsTo(owner.email, 'api_key.created')).toBe(before + 1);

    const err = await updateMyPreferences(ctx, {
      preferences: [{ event: 'ip_access.changed', email: false, inApp: true }],
    }).catch((e: unknown) => e);
    expect((err as AppError).message).toMatch(/security notification and cannot be turned off/);
    const prefs = await getMyPreferences(ctx);
    expect(prefs.find((p) => p.event === 'ip_access.changed')).toMatchObject({
      critical: true,
      email: true,
      inApp: true,
    });
    expect(prefs.find((p) => p.event === 'api_key.created')).toMatchObject({ email: false, inApp: true });
    expect(
      await db().auditEvent.count({ where: { action: 'notification.preferences.updated', actorId: admin.id } }),
    ).toBe(1);
  });

  it("lists the studio's review events only to the vendor's staff, and refuses them from a customer", async () => {
    const studioEvents = ['content.review_requested', 'content.review_decided'];
    const customerPrefs = await getMyPreferences(await signedInCtx(member, org));
    expect(customerPrefs.map((p) => p.event)).toEqual(expect.arrayContaining(['auth.new_device', 'api_key.created']));
    expect(customerPrefs.filter((p) => studioEvents.includes(p.event))).toEqual([]);
    const err = await updateMyPreferences(await signedInCtx(member, org), {
      preferences: [{ event: 'content.review_requested', email: false, inApp: false }],
    }).catch((e: unknown) => e);
    expect((err as AppError).message).toMatch(/Unknown notification/);

    const vendor = await createOrganization('Vendor Co', 'VENDOR');
    const editor = await createUser({ organizationId: vendor.id, role: 'member' });
    const staffCtx = await signedInCtx(editor, vendor);
    expect(
      (await getMyPreferences(staffCtx)).filter((p) => studioEvents.includes(p.event)).map((p) => p.event),
    ).toEqual(studioEvents);
    await updateMyPreferences(staffCtx, {
      preferences: [{ event: 'content.review_requested', email: false, inApp: true }],
    });
    expect((await getMyPreferences(staffCtx)).find((p) => p.event === 'content.review_requested')).toMatchObject({
      email: false,
      inApp: true,
    });
  });

  it('lists unread notifications and marks them read, only for their owner', async () => {
    const ctx = await signedInCtx(member, org);
    const { items, unread } = await listMyNotifications(ctx);
    expect(unread).toBeGreaterThan(0);
    const intruder = await signedInCtx(owner, org);
    const err = await markNotificationsRead(intruder, { id: items[0]!.id }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('NOT_FOUND');
    await markNotificationsRead(ctx, { id: items[0]!.id });
    expect((await listMyNotifications(ctx)).unread).toBe(unread - 1);
    await markNotificationsRead(ctx, {});
    expect((await listMyNotifications(ctx)).unread).toBe(0);
  });

  it('a sign-in from a new device notifies the user; the same device again does not', async () => {
    const user = await createUser({ organizationId: org.id });
    const signInFrom = async (userAgent: string) => {
      const { ticket } = await signInWithPassword(anonymousCtx({ userAgent, ip: '192.0.2.77' }), {
        email: user.email,
        password: TEST_PASSWORD,
      });
      await redeemSignInTicket(ticket);
    };
    await signInFrom('Mozilla/5.0 (Windows NT 10.0) Firefox/140.0');
    await signInFrom('Mozilla/5.0 (Windows NT 10.0) Firefox/141.0');
    expect(await inApp(user.id, 'auth.new_device')).toBe(0);
    await signInFrom('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Safari/604.1');
    expect(await inApp(user.id, 'auth.new_device')).toBe(1);
    expect(await mailsTo(user.email, 'auth.new_device')).toBe(1);
  });
});
