import { beforeAll, describe, expect, it } from 'vitest';
import { redeemSignInTicket } from '@/lib/auth/sign-in-ticket';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { sha256Hex } from '@/lib/auth/tokens';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { completeSecondFactor } from '@/lib/mfa/complete-second-factor';
import { finishPasskeyRegistration } from '@/lib/mfa/finish-passkey-registration';
import { finishPasskeySignIn } from '@/lib/mfa/finish-passkey-sign-in';
import { getMyTwoFactor } from '@/lib/mfa/get-my-two-factor';
import { removePasskey } from '@/lib/mfa/remove-passkey';
import { renamePasskey } from '@/lib/mfa/rename-passkey';
import { startPasskeyRegistration } from '@/lib/mfa/start-passkey-registration';
import { startPasskeySignIn } from '@/lib/mfa/start-passkey-sign-in';
import { startSecondFactorPasskey } from '@/lib/mfa/start-second-factor-passkey';
import {
  anonymousCtx,
  auditActions,
  createOrganization,
  createUser,
  signedInCtx,
  TEST_PASSWORD,
} from '@/tests/fixtures/factories';
import { SoftAuthenticator } from '@/tests/fixtures/mfa';

async function failure(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

let org: Awaited<ReturnType<typeof createOrganization>>;
beforeAll(async () => {
  org = await createOrganization('Passkey Co');
});

/** A user with one passkey registered through the real ceremony. */
async function withPasskey(opts: ConstructorParameters<typeof SoftAuthenticator>[0] = {}) {
  const user = await createUser({ organizationId: org.id });
  const ctx = await signedInCtx(user, org, { reauthenticated: true });
  const authenticator = new SoftAuthenticator(opts);
  const added = await finishPasskeyRegistration(ctx, {
    response: authenticator.register(await startPasskeyRegistration(ctx)) as never,
  });
  return { user, ctx, authenticator, added };
}

const pending = async (email: string) => {
  const step = await signInWithPassword(anonymousCtx(), { email, password: TEST_PASSWORD });
  expect(step.next).toBe('second-factor');
  return step.ticket;
};

describe('registering passkeys and security keys', () => {
  it('[R16] [R23] needs sudo; the challenge carries 256 bits and only its hash is stored', async () => {
    const user = await createUser({ organizationId: org.id });
    expect((await failure(startPasskeyRegistration(await signedInCtx(user, org)))).code).toBe('REAUTH_REQUIRED');
    const options = await startPasskeyRegistration(await signedInCtx(user, org, { reauthenticated: true }));
    expect(Buffer.from(options.challenge, 'base64url').length * 8).toBeGreaterThanOrEqual(64);
    expect(Buffer.from(options.challenge, 'base64url')).toHaveLength(32);
    const row = await db().webAuthnChallenge.findUniqueOrThrow({
      where: { challengeHash: sha256Hex(options.challenge) },
    });
    expect(row).toMatchObject({
      ceremony: 'REGISTRATION',
      userId: user.id,
      userVerification: 'preferred',
      consumedAt: null,
    });
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    expect(options.authenticatorSelection).toMatchObject({ residentKey: 'preferred', userVerification: 'preferred' });
  });

  it('stores the credential, suggests a name from the AAGUID, gives first-factor recovery codes, and lists it', async () => {
    const { user, ctx, added } = await withPasskey({ aaguid: 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4', synced: true });
    expect(added.suggestedName).toBe('Google Password Manager');
    expect(added.recoveryCodes).toHaveLength(10);
    expect(added.passkey).toMatchObject({
      name: 'Google Password Manager',
      kind: 'synced',
      backedUp: true,
      passwordless: true,
      lastUsedAt: null,
    });
    const second = new SoftAuthenticator({ counting: true });
    const more = await finishPasskeyRegistration(ctx, {
      response: second.register(await startPasskeyRegistration(ctx)) as never,
      name: 'Blue key',
    });
    expect(more.recoveryCodes).toBeNull(); // codes already exist
    expect(more.suggestedName).toBe('Passkey on this device');
    const mine = await getMyTwoFactor(ctx);
    expect(mine.passkeys.map((p) => [p.name, p.kind])).toEqual([
      ['Google Password Manager', 'synced'],
      ['Blue key', 'device-bound'],
    ]);
    expect(await auditActions(org.id)).toContain('mfa.passkey.added');
    expect((await signInWithPassword(anonymousCtx(), { email: user.email, password: TEST_PASSWORD })).next).toBe(
      'second-factor',
    );
  });

  it('[R16] a registration response from another origin is refused', async () => {
    const user = await createUser({ organizationId: org.id });
    const ctx = await signedInCtx(user, org, { reauthenticated: true });
    const response = new SoftAuthenticator().register(await startPasskeyRegistration(ctx), {
      origin: 'https://evil.example',
    });
    expect((await failure(finishPasskeyRegistration(ctx, { response: response as never }))).message).toMatch(
      /could not be verified/,
    );
    expect(await db().webAuthnCredential.count({ where: { userId: user.id } })).toBe(0);
  });

  it("[R25] someone else's passkey cannot be renamed or removed (not found)", async () => {
    const { added } = await withPasskey();
    const stranger = await createUser({ organizationId: org.id });
    const ctx = await signedInCtx(stranger, org, { reauthenticated: true });
    expect((await failure(renamePasskey(ctx, { id: added.passkey.id, name: 'Mine now' }))).code).toBe('NOT_FOUND');
    expect((await failure(removePasskey(ctx, { id: added.passkey.id }))).code).toBe('NOT_FOUND');
  });
});

describe('[R16] challenges', () => {
  it('[R16] are single use: the same signed response cannot be replayed', async () => {
    const { user, authenticator } = await withPasskey();
    const ticket = await pending(user.email);
    const response = authenticator.assert(await startSecondFactorPasskey(anonymousCtx(), { ticket }));
    await completeSecondFactor(anonymousCtx(), { method: 'webauthn', ticket, response: response as never });
    const again = await pending(user.email);
    expect(
      (
        await failure(
          completeSecondFactor(anonymousCtx(), { method: 'webauthn', ticket: again, response: response as never }),
        )
      ).code,
    ).toBe('VALIDATION');
  });

  it('[R16] expire after five minutes', async () => {
    const { user, authenticator } = await withPasskey();
    const ticket = await pending(user.email);
    const options = await startSecondFactorPasskey(anonymousCtx(), { ticket });
    await db().webAuthnChallenge.update({
      where: { challengeHash: sha256Hex(options.challenge) },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    const response = authenticator.assert(options);
    expect(
      (await failure(completeSecondFactor(anonymousCtx(), { method: 'webauthn', ticket, response: response as never })))
        .code,
    ).toBe('VALIDATION');
  });

  it('[R16] are consumed by a failed attempt too', async () => {
    const { user, authenticator } = await withPasskey();
    const ticket = await pending(user.email);
    const options = await startSecondFactorPasskey(anonymousCtx(), { ticket });
    const bad = authenticator.assert(options, { tamper: true });
    expect(
      (await failure(completeSecondFactor(anonymousCtx(), { method: 'webauthn', ticket, response: bad as never })))
        .code,
    ).toBe('VALIDATION');
    expect(
      (await db().webAuthnChallenge.findUniqueOrThrow({ where: { challengeHash: sha256Hex(options.challenge) } }))
        .consumedAt,
    ).not.toBeNull();
    // A correct signature over the burnt challenge is refused as well.
    const good = authenticator.assert(options);
    expect(
      (await failure(completeSecondFactor(anonymousCtx(), { method: 'webauthn', ticket, response: good as never })))
        .code,
    ).toBe('VALIDATION');
    // A fresh challenge works.
    await expect(
      completeSecondFactor(anonymousCtx(), {
        method: 'webauthn',
        ticket,
        response: authenticator.assert(await startSecondFactorPasskey(anonymousCtx(), { ticket })) as never,
      }),
    ).resolves.toMatchObject({ ticket: expect.any(String) });
  });

  it('[R16] are bound to their ceremony and attempt', async () => {
    const { user, authenticator } = await withPasskey();
    const t1 = await pending(user.email);
    const t2 = await pending(user.email);
    // A challenge issued for one sign-in attempt does not complete another.
    const forT1 = authenticator.assert(await startSecondFactorPasskey(anonymousCtx(), { ticket: t1 }));
    expect(
      (
        await failure(
          completeSecondFactor(anonymousCtx(), { method: 'webauthn', ticket: t2, response: forT1 as never }),
        )
      ).code,
    ).toBe('VALIDATION');
    // Nor does a passwordless challenge serve as a second factor.
    const passwordless = authenticator.assert(await startPasskeySignIn(anonymousCtx()));
    expect(
      (
        await failure(
          completeSecondFactor(anonymousCtx(), { method: 'webauthn', ticket: t2, response: passwordless as never }),
        )
      ).code,
    ).toBe('VALIDATION');
  });
});

describe('[R16] assertions', () => {
  it('[R16] a counter that does not increase (a cloned key) is refused and audited', async () => {
    const { user, authenticator } = await withPasskey({ counting: true });
    const ticket = await pending(user.email);
    const ok = authenticator.assert(await startSecondFactorPasskey(anonymousCtx(), { ticket }), { counter: 5 });
    await completeSecondFactor(anonymousCtx(), { method: 'webauthn', ticket, response: ok as never });
    expect((await db().webAuthnCredential.findFirstOrThrow({ where: { userId: user.id } })).counter).toBe(5n);
    const t2 = await pending(user.email);
    const cloned = authenticator.assert(await startSecondFactorPasskey(anonymousCtx(), { ticket: t2 }), { counter: 3 });
    expect(
      (
        await failure(
          completeSecondFactor(anonymousCtx(), { method: 'webauthn', ticket: t2, response: cloned as never }),
        )
      ).code,
    ).toBe('VALIDATION');
    const same = authenticator.assert(await startSecondFactorPasskey(anonymousCtx(), { ticket: t2 }), { counter: 5 });
    expect(
      (await failure(completeSecondFactor(anonymousCtx(), { method: 'webauthn', ticket: t2, response: same as never })))
        .code,
    ).toBe('VALIDATION');
    expect(await auditActions(org.id)).toContain('mfa.passkey.counter_regression');
    expect((await db().webAuthnCredential.findFirstOrThrow({ where: { userId: user.id } })).counter).toBe(5n);
  });

  it('[R16] user verification: required without a password, not demanded as a second factor — as the options say', async () => {
    const { user, authenticator } = await withPasskey();
    const passwordlessOptions = await startPasskeySignIn(anonymousCtx());
    expect(passwordlessOptions.userVerification).toBe('required');
    expect(passwordlessOptions.allowCredentials ?? []).toEqual([]);
    const noUv = authenticator.assert(passwordlessOptions, { uv: false });
    expect((await failure(finishPasskeySignIn(anonymousCtx(), { response: noUv as never }))).code).toBe(
      'UNAUTHENTICATED',
    );

    const ticket = await pending(user.email);
    const twoFaOptions = await startSecondFactorPasskey(anonymousCtx(), { ticket });
    expect(twoFaOptions.userVerification).toBe('discouraged');
    const presenceOnly = authenticator.assert(twoFaOptions, { uv: false });
    await expect(
      completeSecondFactor(anonymousCtx(), { method: 'webauthn', ticket, response: presenceOnly as never }),
    ).resolves.toBeTruthy();
  });
});

describe('passwordless sign-in', () => {
  it('a user-verified assertion of a discoverable credential yields a session directly', async () => {
    const { user, authenticator } = await withPasskey({ synced: true });
    const done = await finishPasskeySignIn(anonymousCtx(), {
      response: authenticator.assert(await startPasskeySignIn(anonymousCtx())) as never,
    });
    expect(done.enrol).toBeNull();
    expect((await redeemSignInTicket(done.ticket))?.userId).toBe(user.id);
    expect(await auditActions(org.id)).toEqual(
      expect.arrayContaining(['auth.passkey.succeeded', 'auth.signin.succeeded']),
    );
    const row = await db().webAuthnCredential.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.lastUsedAt).not.toBeNull();
  });

  it('a user handle that does not match the credential, or a deactivated user, is refused', async () => {
    const { user, authenticator } = await withPasskey();
    const other = await createUser({ organizationId: org.id });
    const forged = authenticator.assert(await startPasskeySignIn(anonymousCtx()));
    (forged.response as { userHandle?: string }).userHandle = Buffer.from(other.id).toString('base64url');
    expect((await failure(finishPasskeySignIn(anonymousCtx(), { response: forged as never }))).code).toBe(
      'UNAUTHENTICATED',
    );
    await db().user.update({ where: { id: user.id }, data: { status: 'DEACTIVATED' } });
    const response = authenticator.assert(await startPasskeySignIn(anonymousCtx()));
    expect((await failure(finishPasskeySignIn(anonymousCtx(), { response: response as never }))).code).toBe(
      'ACCOUNT_DISABLED',
    );
  });

  it('[R17] a removed passkey stops working at once, also mid sign-in', async () => {
    const { user, ctx, authenticator, added } = await withPasskey();
    await finishPasskeyRegistration(ctx, {
      response: new SoftAuthenticator().register(await startPasskeyRegistration(ctx)) as never,
    });
    const ticket = await pending(user.email);
    const options = await startSecondFactorPasskey(anonymousCtx(), { ticket });
    await removePasskey(ctx, { id: added.passkey.id });
    expect(
      (
        await failure(
          completeSecondFactor(anonymousCtx(), {
            method: 'webauthn',
            ticket,
            response: authenticator.assert(options) as never,
          }),
        )
      ).code,
    ).toBe('VALIDATION');
    expect(
      (
        await failure(
          finishPasskeySignIn(anonymousCtx(), {
            response: authenticator.assert(await startPasskeySignIn(anonymousCtx())) as never,
          }),
        )
      ).code,
    ).toBe('UNAUTHENTICATED');
    expect(await auditActions(org.id)).toContain('mfa.passkey.removed');
  });
});
