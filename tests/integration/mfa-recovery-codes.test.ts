import { beforeAll, describe, expect, it } from 'vitest';
import { redeemSignInTicket } from '@/lib/auth/sign-in-ticket';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { completeSecondFactor } from '@/lib/mfa/complete-second-factor';
import { getMyTwoFactor } from '@/lib/mfa/get-my-two-factor';
import { hashRecoveryCode } from '@/lib/mfa/recovery-codes';
import { regenerateRecoveryCodes } from '@/lib/mfa/regenerate-recovery-codes';
import { POLICIES } from '@/lib/security/rate-limit';
import {
  anonymousCtx,
  auditActions,
  createOrganization,
  createUser,
  outboxFor,
  signedInCtx,
  TEST_PASSWORD,
} from '@/tests/fixtures/factories';
import { enrolRecoveryCodes, enrolTotp } from '@/tests/fixtures/mfa';

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
  org = await createOrganization('Recovery Co');
});

async function withCodes() {
  const user = await createUser({ organizationId: org.id });
  await enrolTotp(user.id);
  const codes = await enrolRecoveryCodes(user.id);
  return { user, codes };
}

const pending = async (email: string) => {
  const step = await signInWithPassword(anonymousCtx(), { email, password: TEST_PASSWORD });
  expect(step).toMatchObject({ next: 'second-factor', factors: ['totp', 'recovery-code'] });
  return step.ticket;
};

describe('[R15] recovery codes', () => {
  it('[R15] are stored only as hashes', async () => {
    const { user, codes } = await withCodes();
    expect(codes).toHaveLength(10);
    const rows = await db().recoveryCode.findMany({ where: { userId: user.id } });
    expect(rows.map((r) => r.codeHash).sort()).toEqual(codes.map((c) => hashRecoveryCode(user.id, c)).sort());
    expect(JSON.stringify(rows)).not.toContain(codes[0]!.replace(/-/g, ''));
    expect(JSON.stringify(rows)).not.toContain(codes[0]);
  });

  it('[R15] sign a user in once each, notify them, and are audited', async () => {
    const { user, codes } = await withCodes();
    const done = await completeSecondFactor(anonymousCtx({ ip: '198.51.100.7' }), {
      method: 'recovery-code',
      ticket: await pending(user.email),
      code: codes[0]!.toLowerCase(),
    });
    expect((await redeemSignInTicket(done.ticket))?.userId).toBe(user.id);
    expect(await auditActions(org.id)).toEqual(expect.arrayContaining(['mfa.recovery_code.used']));
    expect((await outboxFor(user.email)).map((m) => m.template)).toContain('mfa.recovery_code_used');
    const mail = (await outboxFor(user.email)).find((m) => m.template === 'mfa.recovery_code_used')!;
    expect(mail.text).toContain('9 codes are left');
    expect(mail.text).toContain('198.51.100.7');

    const again = await failure(
      completeSecondFactor(anonymousCtx(), {
        method: 'recovery-code',
        ticket: await pending(user.email),
        code: codes[0]!,
      }),
    );
    expect(again.fieldErrors?.code?.[0]).toMatch(/not valid or was already used/);
  });

  it('[R15] one code raced by two requests (Promise.all) signs in exactly once', async () => {
    const { user, codes } = await withCodes();
    const [t1, t2] = [await pending(user.email), await pending(user.email)];
    const results = await Promise.allSettled([
      completeSecondFactor(anonymousCtx(), { method: 'recovery-code', ticket: t1, code: codes[3]! }),
      completeSecondFactor(anonymousCtx(), { method: 'recovery-code', ticket: t2, code: codes[3]! }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db().recoveryCode.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(1);
    expect(await db().notification.count({ where: { userId: user.id, event: 'mfa.recovery_code_used' } })).toBe(1);
  });

  it('[R15] [R23] regenerating (sudo) voids every earlier code at once', async () => {
    const { user, codes } = await withCodes();
    expect((await failure(regenerateRecoveryCodes(await signedInCtx(user, org)))).code).toBe('REAUTH_REQUIRED');
    const { recoveryCodes: fresh } = await regenerateRecoveryCodes(
      await signedInCtx(user, org, { reauthenticated: true }),
    );
    expect(fresh).toHaveLength(10);
    expect(fresh.some((c) => codes.includes(c))).toBe(false);
    for (const old of codes.slice(0, 2)) {
      expect(
        (
          await failure(
            completeSecondFactor(anonymousCtx(), {
              method: 'recovery-code',
              ticket: await pending(user.email),
              code: old,
            }),
          )
        ).code,
      ).toBe('VALIDATION');
    }
    await expect(
      completeSecondFactor(anonymousCtx(), {
        method: 'recovery-code',
        ticket: await pending(user.email),
        code: fresh[9]!,
      }),
    ).resolves.toBeTruthy();
    expect(await auditActions(org.id)).toContain('mfa.recovery_codes.generated');
    expect((await outboxFor(user.email)).map((m) => m.template)).toContain('mfa.recovery_codes_regenerated');
  });

  it('the security page shows how many remain and warns when few are left', async () => {
    const { user, codes } = await withCodes();
    const ctx = await signedInCtx(user, org);
    expect((await getMyTwoFactor(ctx)).recoveryCodes).toEqual({ remaining: 10, total: 10, low: false });
    await db().recoveryCode.updateMany({
      where: { userId: user.id, codeHash: { in: codes.slice(0, 7).map((c) => hashRecoveryCode(user.id, c)) } },
      data: { usedAt: new Date() },
    });
    expect((await getMyTwoFactor(ctx)).recoveryCodes).toEqual({ remaining: 3, total: 10, low: true });
  });

  it(`[R9] recovery codes are rate limited too (${POLICIES.recoveryCodePerAccount.points} an hour, on top of the second-step limit)`, async () => {
    const { user } = await withCodes();
    const ticket = await pending(user.email);
    let last: AppError | null = null;
    for (let i = 0; i <= POLICIES.recoveryCodePerAccount.points; i++) {
      last = await failure(
        completeSecondFactor(anonymousCtx({ ip: `192.0.2.${i + 50}` }), {
          method: 'recovery-code',
          ticket,
          code: 'AAAA-BBBB-CCCC-DDDD',
        }),
      );
    }
    expect(last?.code).toBe('RATE_LIMITED');
  });
});
