// `npm run setup -- --email …`: the headless first-run setup creates the vendor and invites its Owner;
// accepting the invitation makes them the owner, held to two-factor enrolment. Also the vendor's roles.
import { describe, expect, it } from 'vitest';
import { loadSessionContext } from '@/lib/auth/session-context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { inviteFirstOwner } from '@/lib/setup/invite-first-owner';
import { isSetupRequired } from '@/lib/setup/setup-state';
import { acceptInvitation } from '@/lib/users/accept-invitation';
import { anonymousCtx, auditActions, outboxFor } from '@/tests/fixtures/factories';

describe('npm run setup -- --email', () => {
  it('creates the vendor organization and emails its first Owner an invitation; the first event of the chain says so', async () => {
    const invited = await inviteFirstOwner({ email: 'Founder@Vendor.example', organizationName: 'Vendor Co' });
    expect(invited).toMatchObject({ organizationName: 'Vendor Co', email: 'founder@vendor.example' });
    expect(invited.url).toMatch(/\/invitation\?token=[\w-]{43}$/);
    expect(await isSetupRequired(db())).toBe(false);
    const org = await db().organization.findUniqueOrThrow({ where: { id: invited.organizationId } });
    expect(org).toMatchObject({ kind: 'VENDOR', slug: 'vendor-co', mfaRequired: true });
    expect(await db().invitation.findFirstOrThrow({ where: { organizationId: org.id } })).toMatchObject({
      role: 'owner',
      email: 'founder@vendor.example',
    });
    expect(await auditActions(org.id)).toEqual(['setup.owner_invited']);
    const mail = await outboxFor('founder@vendor.example');
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toContain(invited.url);
  });

  it('a second run is refused: the setup happens once', async () => {
    const err = await inviteFirstOwner({ email: 'other@vendor.example' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('NOT_FOUND');
    expect(await db().organization.count()).toBe(1);
  });

  it('the invitee accepts, becomes the Owner, and can do nothing before enrolling a second factor', async () => {
    const row = await db().mailOutbox.findFirstOrThrow({ where: { to: 'founder@vendor.example' } });
    const token = /token=([\w-]+)/.exec(row.text)![1]!;
    const accepted = await acceptInvitation(anonymousCtx(), {
      token,
      name: 'Fran Founder',
      newPassword: 'a quiet harbour at dawn 2026',
    });
    if (!('ticket' in accepted)) throw new Error('expected a sign-in ticket');
    const member = await db().membership.findFirstOrThrow({ where: { user: { email: 'founder@vendor.example' } } });
    expect(member.role).toBe('owner');
    const { createSession } = await import('@/lib/auth/sessions');
    const session = await db().$transaction((tx) =>
      createSession(tx, { userId: member.userId, organizationId: member.organizationId, ip: null, userAgent: null }),
    );
    const ctx = await loadSessionContext(session.token);
    expect(ctx?.mfaEnrolmentRequired).toBe(true);
    expect(ctx?.permissions.size).toBe(0);
  });
});
