import { describe, expect, it } from 'vitest';
import { loadSessionContext } from '@/lib/auth/session-context';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { completeSecondFactor } from '@/lib/mfa/complete-second-factor';
import { getOrganizationSecurity } from '@/lib/mfa/get-organization-security';
import { twoFactorStatusOf } from '@/lib/mfa/mfa-status';
import { removePasskey } from '@/lib/mfa/remove-passkey';
import { removeTotp } from '@/lib/mfa/remove-totp';
import { resetMemberTwoFactor } from '@/lib/mfa/reset-member-two-factor';
import { updateTwoFactorPolicy } from '@/lib/mfa/update-two-factor-policy';
import { ZResetMemberTwoFactorSchema } from '@/lib/validation/mfa';
import {
  anonymousCtx,
  auditActions,
  createOrganization,
  createUser,
  outboxFor,
  signedInCtx,
  TEST_PASSWORD,
} from '@/tests/fixtures/factories';
import { enrolRecoveryCodes, enrolTotp, totpCode } from '@/tests/fixtures/mfa';

async function failure(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

/** An organization with an admin who has an authenticator app, and a member without 2FA. */
async function setup(name: string) {
  const org = await createOrganization(name);
  const admin = await createUser({ organizationId: org.id, role: 'admin' });
  const adminSecret = await enrolTotp(admin.id);
  const member = await createUser({ organizationId: org.id, role: 'member' });
  const adminCtx = await signedInCtx(admin, org, { reauthenticated: true });
  return { org, admin, adminSecret, member, adminCtx };
}

describe('organization two-factor policy', () => {
  it('[R25] [R23] only security:manage holders, in sudo, who meet the policy themselves can require 2FA', async () => {
    const { org, admin, member, adminCtx } = await setup('Policy Co');
    expect(
      (
        await failure(
          updateTwoFactorPolicy(await signedInCtx(member, org), { required: true, passkeysOnly: false, graceDays: 7 }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await failure(
          updateTwoFactorPolicy(await signedInCtx(admin, org), { required: true, passkeysOnly: false, graceDays: 7 }),
        )
      ).code,
    ).toBe('REAUTH_REQUIRED');
    // Passkeys only: the admin has just an authenticator app, so they would lock themselves out.
    const self = await failure(updateTwoFactorPolicy(adminCtx, { required: true, passkeysOnly: true, graceDays: 7 }));
    expect(self.fieldErrors?.required?.[0]).toMatch(/passkey or security key to your own account first/);
    const { graceEndsAt } = await updateTwoFactorPolicy(adminCtx, {
      required: true,
      passkeysOnly: false,
      graceDays: 7,
    });
    expect(new Date(graceEndsAt!).getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: org.id, action: 'mfa.policy.changed' },
    });
    expect(event.changes).toMatchObject({ requireTwoFactor: { from: false, to: true }, graceDays: { from: 0, to: 7 } });
  });

  it('during the grace period a member without 2FA is guided to enrol; afterwards the session can only enrol', async () => {
    const { org, member, adminCtx } = await setup('Grace Co');
    await updateTwoFactorPolicy(adminCtx, { required: true, passkeysOnly: false, graceDays: 14 });
    const during = await signInWithPassword(anonymousCtx(), { email: member.email, password: TEST_PASSWORD });
    expect(during).toMatchObject({ next: 'complete', enrol: 'suggested' });
    const { sessionToken } = await signedInCtx(member, org);
    let ctx = await loadSessionContext(sessionToken);
    expect(ctx?.mfaEnrolmentRequired).toBe(false);
    expect(ctx?.permissions.has('account:read')).toBe(true);

    // The grace period ends: even the session that already exists loses every permission on its next request.
    await db().organization.update({
      where: { id: org.id },
      data: { mfaRequiredSince: new Date(Date.now() - 15 * 86_400_000) },
    });
    const after = await signInWithPassword(anonymousCtx(), { email: member.email, password: TEST_PASSWORD });
    expect(after).toMatchObject({ next: 'complete', enrol: 'required' });
    ctx = await loadSessionContext(sessionToken);
    expect(ctx?.mfaEnrolmentRequired).toBe(true);
    expect(ctx?.permissions.size).toBe(0);

    // Once enrolled, everything is back.
    await enrolTotp(member.id);
    ctx = await loadSessionContext(sessionToken);
    expect(ctx?.mfaEnrolmentRequired).toBe(false);
    expect(ctx?.permissions.has('account:read')).toBe(true);
  });

  it('passkeys only: an authenticator app alone does not meet the policy', async () => {
    const { org, admin, adminSecret, member } = await setup('Phish-proof Co');
    await db().organization.update({
      where: { id: org.id },
      data: {
        mfaRequired: true,
        mfaPasskeysOnly: true,
        mfaGraceDays: 0,
        mfaRequiredSince: new Date(Date.now() - 1000),
      },
    });
    await enrolTotp(member.id);
    const step = await signInWithPassword(anonymousCtx(), { email: member.email, password: TEST_PASSWORD });
    expect(step.next).toBe('second-factor');
    // The admin (authenticator app only) signs in and is told to enrol a passkey.
    const adminStep = await signInWithPassword(anonymousCtx(), { email: admin.email, password: TEST_PASSWORD });
    const done = await completeSecondFactor(anonymousCtx(), {
      method: 'totp',
      ticket: adminStep.ticket,
      code: await totpCode(adminSecret),
    });
    expect(done.enrol).toBe('required');
  });

  it('[R17] removing the last factor the policy accepts is refused with the reason, and audited', async () => {
    const { org, admin, adminCtx } = await setup('Keep-it-on Co');
    await updateTwoFactorPolicy(adminCtx, { required: true, passkeysOnly: false, graceDays: 0 });
    const refused = await failure(removeTotp(adminCtx));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/requires two-factor authentication.*last second factor/);
    expect(await db().totpFactor.count({ where: { userId: admin.id } })).toBe(1);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: org.id, action: 'mfa.factor_removal.refused' },
    });
    expect(event).toMatchObject({ outcome: 'DENIED', actorId: admin.id });
    // Not a refusal when the requirement is off.
    await updateTwoFactorPolicy(adminCtx, { required: false, passkeysOnly: false, graceDays: 0 });
    await expect(removeTotp(adminCtx)).resolves.toEqual({ twoFactorEnabled: false });
  });

  it('[R17] under passkeys-only the last passkey cannot go, while the authenticator app may', async () => {
    const { org, admin, adminCtx } = await setup('Last key Co');
    const key = await db().webAuthnCredential.create({
      data: {
        userId: admin.id,
        credentialId: `cred-${admin.id}`,
        publicKey: Buffer.alloc(1),
        aaguid: '0',
        name: 'Key',
        deviceType: 'singleDevice',
      },
    });
    await db().organization.update({
      where: { id: org.id },
      data: { mfaRequired: true, mfaPasskeysOnly: true, mfaRequiredSince: new Date() },
    });
    expect((await failure(removePasskey(adminCtx, { id: key.id }))).message).toMatch(
      /requires a passkey or security key/,
    );
    await expect(removeTotp(adminCtx)).resolves.toEqual({ twoFactorEnabled: true });
  });
});

describe("resetting a member's two-factor authentication", () => {
  it('[R25] a member of another organization answers not found', async () => {
    const { adminCtx } = await setup('Reset Co');
    const elsewhere = await createOrganization('Elsewhere Co');
    const stranger = await createUser({ organizationId: elsewhere.id });
    await enrolTotp(stranger.id);
    const err = await failure(
      resetMemberTwoFactor(adminCtx, { userId: stranger.id, reason: 'lost their phone yesterday' }),
    );
    expect(err.code).toBe('NOT_FOUND');
    expect(await db().totpFactor.count({ where: { userId: stranger.id } })).toBe(1);
  });

  it('nobody resets their own; only owners reset owners; a reason is required; sudo first', async () => {
    const { org, admin, adminCtx } = await setup('Rules Co');
    expect(
      (await failure(resetMemberTwoFactor(adminCtx, { userId: admin.id, reason: 'I lost my phone, honestly' })))
        .message,
    ).toMatch(/recovery code/);
    const owner = await createUser({ organizationId: org.id, role: 'owner' });
    await enrolTotp(owner.id);
    expect(
      (await failure(resetMemberTwoFactor(adminCtx, { userId: owner.id, reason: 'owner lost their phone' }))).message,
    ).toMatch(/Only an owner/);
    expect(ZResetMemberTwoFactorSchema.safeParse({ userId: owner.id, reason: 'lost' }).success).toBe(false);
    const plain = await signedInCtx(admin, org);
    expect(
      (await failure(resetMemberTwoFactor(plain, { userId: owner.id, reason: 'owner lost their phone' }))).code,
    ).toBe('REAUTH_REQUIRED');
    const member = await createUser({ organizationId: org.id });
    expect(
      (
        await failure(
          resetMemberTwoFactor(await signedInCtx(member, org, { reauthenticated: true }), {
            userId: owner.id,
            reason: 'just because I can',
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('removes every factor, records the reason, and emails the member and the admins', async () => {
    const { org, admin, member, adminCtx } = await setup('Lost phone Co');
    await enrolTotp(member.id);
    await enrolRecoveryCodes(member.id);
    await resetMemberTwoFactor(adminCtx, { userId: member.id, reason: 'Lost phone, confirmed by video call' });
    expect(await twoFactorStatusOf([member.id]).then((m) => m.get(member.id))).toEqual({
      enabled: false,
      kinds: [],
      passkeys: 0,
      recoveryCodesRemaining: 0,
    });
    const event = await db().auditEvent.findFirstOrThrow({ where: { organizationId: org.id, action: 'mfa.reset' } });
    expect(event).toMatchObject({ actorId: admin.id, targetId: member.id });
    expect(event.changes).toMatchObject({ reason: 'Lost phone, confirmed by video call' });
    const toMember = (await outboxFor(member.email)).find((m) => m.template === 'mfa.reset')!;
    expect(toMember.text).toContain('Lost phone, confirmed by video call');
    expect(toMember.subject).toMatch(/Your two-factor authentication was reset/);
    expect((await outboxFor(admin.email)).map((m) => m.template)).toContain('mfa.reset');
    expect((await signInWithPassword(anonymousCtx(), { email: member.email, password: TEST_PASSWORD })).next).toBe(
      'complete',
    );
    expect(await auditActions(org.id)).toContain('mfa.reset');
  });
});

describe('status for the users page (lib/mfa/mfa-status.ts)', () => {
  it('says, for a list of user ids, who has 2FA and of which kinds', async () => {
    const { org, admin, member, adminCtx } = await setup('Status Co');
    await db().webAuthnCredential.create({
      data: {
        userId: member.id,
        credentialId: `cred-${member.id}`,
        publicKey: Buffer.alloc(1),
        aaguid: '0',
        name: 'Key',
        deviceType: 'multiDevice',
      },
    });
    const none = await createUser({ organizationId: org.id });
    const status = await twoFactorStatusOf([admin.id, member.id, none.id]);
    expect(status.get(admin.id)).toMatchObject({ enabled: true, kinds: ['totp'] });
    expect(status.get(member.id)).toMatchObject({ enabled: true, kinds: ['webauthn'], passkeys: 1 });
    expect(status.get(none.id)).toMatchObject({ enabled: false, kinds: [] });
    const overview = await getOrganizationSecurity(adminCtx);
    expect(overview.membersWithout2fa).toBe(1);
    expect(overview.members[0]!.userId).toBe(none.id); // members without 2FA first
    expect(overview.members.find((m) => m.userId === admin.id)?.isYou).toBe(true);
  });
});
