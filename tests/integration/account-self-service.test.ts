// Issue 15 part 5: account self-service — change email, download my data, delete my account.
import { describe, expect, it } from 'vitest';
import { confirmEmailChange } from '@/lib/account/confirm-email-change';
import { deleteMyAccount } from '@/lib/account/delete-my-account';
import { exportMyData } from '@/lib/account/export-my-data';
import { getEmailChangeLink } from '@/lib/account/get-email-change-link';
import { requestEmailChange } from '@/lib/account/request-email-change';
import { resolveSession } from '@/lib/auth/sessions';
import { sha256Hex } from '@/lib/auth/tokens';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import {
  anonymousCtx,
  auditActions,
  createOrganization,
  createUser,
  outboxFor,
  TEST_PASSWORD,
} from '@/tests/fixtures/factories';
import { enrolTotp } from '@/tests/fixtures/mfa';
import { liveCtx } from '@/tests/fixtures/users';

let ipCounter = 0;
const freshCtx = () => anonymousCtx({ ip: `192.0.2.${++ipCounter}` });
const err = async (p: Promise<unknown>) =>
  (await p.then(
    () => null,
    (e: unknown) => e,
  )) as AppError;
const uniqueEmail = (tag = 'me') => `${tag}-${Math.random().toString(36).slice(2, 10)}@example.org`;

async function member(role = 'member') {
  const org = await createOrganization('Self Service Co');
  const user = await createUser({ organizationId: org.id, role, email: uniqueEmail() });
  return { org, user, ctx: await liveCtx(user, org) };
}

function tokenFrom(text: string): string {
  const m = /\/confirm-email\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!m) throw new Error(`no confirmation link in ${text}`);
  return m[1]!;
}

describe('changing the email address', () => {
  it('[R23] needs the current password; the link goes to the new address, a notice to the old; the old address stays until confirmed', async () => {
    const { org, user, ctx } = await member();
    const newEmail = uniqueEmail('new');

    const wrong = await err(requestEmailChange(ctx, { newEmail, password: 'not my password at all' }));
    expect(wrong.fieldErrors?.password).toEqual(['That password is not correct.']);
    expect(await auditActions(org.id)).toContain('auth.reauth.failed');

    expect(await requestEmailChange(ctx, { newEmail, password: TEST_PASSWORD })).toEqual({ sentTo: newEmail });
    const [link] = await outboxFor(newEmail);
    expect(link!.template).toBe('accountConfirmNewEmail');
    const token = tokenFrom(link!.text);
    const stored = await db().emailChangeRequest.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(sha256Hex(token));
    expect((await outboxFor(user.email)).map((m) => m.template)).toEqual(['accountEmailChangeRequested']);
    expect((await outboxFor(user.email))[0]!.text).toContain(`change its email address to ${newEmail}`);
    // Not yet: the account keeps its address.
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    // Opening the link changes nothing; the confirmation does, once.
    expect(await getEmailChangeLink(freshCtx(), { token })).toEqual({ state: 'open', newEmail });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect(await confirmEmailChange(freshCtx(), { token })).toEqual({ email: newEmail });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(newEmail);
    expect((await outboxFor(user.email)).map((m) => m.template)).toEqual([
      'accountEmailChangeRequested',
      'accountEmailChanged',
    ]);
    expect(await auditActions(org.id)).toEqual(
      expect.arrayContaining(['account.email_change_requested', 'account.email_changed']),
    );

    const reused = await err(confirmEmailChange(freshCtx(), { token }));
    expect(reused.code).toBe('VALIDATION');
    expect(reused.message).toMatch(/already used/);
    expect(await auditActions(org.id)).toContain('account.email_change_link_refused');
  });

  it('an expired link is refused with a clear message and audited; the address stays', async () => {
    const { org, user, ctx } = await member();
    const newEmail = uniqueEmail('late');
    await requestEmailChange(ctx, { newEmail, password: TEST_PASSWORD });
    const token = tokenFrom((await outboxFor(newEmail))[0]!.text);
    await db().emailChangeRequest.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await getEmailChangeLink(freshCtx(), { token })).toMatchObject({
      state: 'refused',
      message: expect.stringMatching(/expired/),
      reason: 'EMAIL_CHANGE_LINK_EXPIRED', // said again in the page's language (/de/confirm-email)
    });
    const e = await err(confirmEmailChange(freshCtx(), { token }));
    expect(e.message).toMatch(/expired/);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    const refused = await db().auditEvent.findMany({
      where: { organizationId: org.id, action: 'account.email_change_link_refused' },
    });
    expect(refused.map((r) => (r.changes as { reason: string }).reason)).toEqual(['expired', 'expired']);
  });

  it('a newer request replaces the older link; an unknown token is refused, never a 500', async () => {
    const { ctx } = await member();
    const first = uniqueEmail('first');
    const second = uniqueEmail('second');
    await requestEmailChange(ctx, { newEmail: first, password: TEST_PASSWORD });
    await requestEmailChange(ctx, { newEmail: second, password: TEST_PASSWORD });
    const old = tokenFrom((await outboxFor(first))[0]!.text);
    expect((await err(confirmEmailChange(freshCtx(), { token: old }))).message).toMatch(/already used or replaced/);
    expect((await err(confirmEmailChange(freshCtx(), { token: 'z'.repeat(43) }))).message).toMatch(/not valid/);
  });

  it('an address that already has an account: the same answer, that address is told, nothing changes', async () => {
    const { user, ctx } = await member();
    const other = await member();
    expect(await requestEmailChange(ctx, { newEmail: other.user.email, password: TEST_PASSWORD })).toEqual({
      sentTo: other.user.email,
    });
    expect((await outboxFor(other.user.email)).map((m) => m.template)).toEqual(['accountAddressInUse']);
    expect(await db().emailChangeRequest.count({ where: { userId: user.id, usedAt: null } })).toBe(0);
    expect(
      (await err(requestEmailChange(ctx, { newEmail: user.email, password: TEST_PASSWORD }))).fieldErrors?.newEmail,
    ).toEqual(['This is already your email address.']);
  });

  it('the new address taken between the request and the confirmation: refused (CONFLICT), the account keeps its address', async () => {
    const { user, ctx } = await member();
    const newEmail = uniqueEmail('contested');
    await requestEmailChange(ctx, { newEmail, password: TEST_PASSWORD });
    const token = tokenFrom((await outboxFor(newEmail))[0]!.text);
    const elsewhere = await createOrganization('Elsewhere');
    await createUser({ organizationId: elsewhere.id, email: newEmail });
    const e = await err(confirmEmailChange(freshCtx(), { token }));
    expect(e.code).toBe('CONFLICT');
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it('[R9] email-change requests are limited per user', async () => {
    const { ctx } = await member();
    for (let i = 0; i < 5; i++)
      await requestEmailChange(ctx, { newEmail: uniqueEmail('many'), password: TEST_PASSWORD });
    expect((await err(requestEmailChange(ctx, { newEmail: uniqueEmail('many'), password: TEST_PASSWORD }))).code).toBe(
      'RATE_LIMITED',
    );
  });
});

describe('download my data', () => {
  it('holds profile, memberships, sessions, factor metadata and my audit events — no secrets — and is audited', async () => {
    const { org, user, ctx } = await member('admin');
    await enrolTotp(user.id);
    await requestEmailChange(ctx, { newEmail: uniqueEmail('trail'), password: TEST_PASSWORD });
    const { filename, json } = await exportMyData(ctx);
    expect(filename).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(json);
    expect(data.profile).toMatchObject({ id: user.id, email: user.email, hasPassword: true });
    expect(data.memberships).toEqual([
      expect.objectContaining({ organization: expect.objectContaining({ id: org.id, name: org.name }), role: 'Admin' }),
    ]);
    expect(data.sessions.some((s: { current: boolean }) => s.current)).toBe(true);
    expect(data.secondFactors.authenticatorApp).toMatchObject({ digits: 6 });
    expect(data.auditEvents.map((e: { action: string }) => e.action)).toContain('account.email_change_requested');
    // Nothing secret: no hashes, ciphertexts or tokens.
    const stored = await db().user.findUniqueOrThrow({
      where: { id: user.id },
      include: { totpFactor: true, sessions: true },
    });
    expect(json).not.toContain(stored.passwordHash!);
    expect(json).not.toContain(stored.totpFactor!.secretCiphertext);
    for (const s of stored.sessions) expect(json).not.toContain(s.tokenHash);
    expect(json).not.toMatch(/tokenHash|passwordHash|secretCiphertext|codeHash|publicKey/);
    expect((await auditActions(org.id)).at(-1)).toBe('account.data_exported');
  });
});

describe('deleting my account', () => {
  it('[R23] needs the password and the address typed out; ends every session; audited in each organization', async () => {
    const { org, user, ctx } = await member();
    expect(
      (await err(deleteMyAccount(ctx, { password: 'wrong password here', confirmEmail: user.email }))).fieldErrors
        ?.password,
    ).toBeTruthy();
    expect(
      (await err(deleteMyAccount(ctx, { password: TEST_PASSWORD, confirmEmail: 'someone@else.example' }))).fieldErrors
        ?.confirmEmail?.[0],
    ).toMatch(/exactly/);
    expect(await deleteMyAccount(ctx, { password: TEST_PASSWORD, confirmEmail: user.email })).toEqual({
      deleted: true,
    });
    expect(await db().user.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await db().membership.count({ where: { userId: user.id } })).toBe(0);
    expect('session' in (await resolveSession(ctx.sessionToken))).toBe(false);
    expect((await auditActions(org.id)).at(-1)).toBe('account.deleted');
    expect((await outboxFor(user.email)).map((m) => m.template)).toContain('accountDeleted');
  });

  it('is refused, with the reason, for the last Owner of an organization; allowed once another Owner exists', async () => {
    const { org, user, ctx } = await member('owner');
    const e = await err(deleteMyAccount(ctx, { password: TEST_PASSWORD, confirmEmail: user.email }));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toBe(
      `You are the only Owner of ${org.name}. Make someone else an Owner there first (Users → transfer ownership), or have the organization deleted; then delete your account.`,
    );
    expect(await db().user.findUnique({ where: { id: user.id } })).not.toBeNull();
    const refusal = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: org.id, action: 'account.deletion_refused' },
    });
    expect(refusal.outcome).toBe('DENIED');

    // A deactivated co-owner does not count; an active one does.
    const sleeping = await createUser({ organizationId: org.id, role: 'owner' });
    await db().membership.updateMany({ where: { userId: sleeping.id }, data: { deactivatedAt: new Date() } });
    expect((await err(deleteMyAccount(ctx, { password: TEST_PASSWORD, confirmEmail: user.email }))).code).toBe(
      'CONFLICT',
    );
    await createUser({ organizationId: org.id, role: 'owner' });
    await expect(deleteMyAccount(ctx, { password: TEST_PASSWORD, confirmEmail: user.email })).resolves.toEqual({
      deleted: true,
    });
  });
});
