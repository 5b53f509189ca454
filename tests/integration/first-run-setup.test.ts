// The first-run setup (lib/setup): from an empty database to a vendor organization with its first Owner.
// One database for the whole file, so the order matters: refusals first, then the race that sets it up,
// then what holds afterwards.
import { describe, expect, it } from 'vitest';
import { loadSessionContext } from '@/lib/auth/session-context';
import { sha256Hex } from '@/lib/auth/tokens';
import { verifyChain } from '@/lib/audit/verify-chain';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { POLICIES } from '@/lib/security/rate-limit';
import { completeSetup } from '@/lib/setup/complete-setup';
import { importTrustCenterBaseline } from '@/lib/setup/import-baseline';
import { prepareFirstRunSetup } from '@/lib/setup/prepare-first-run';
import { isSetupRequired, setupGateRequired } from '@/lib/setup/setup-state';
import { issueSetupToken, SETUP_TOKEN_MESSAGES } from '@/lib/setup/setup-token';
import { anonymousCtx, auditActions } from '@/tests/fixtures/factories';
import { enrolTotp } from '@/tests/fixtures/mfa';

const PASSWORD = 'a quiet harbour at dawn 2026';

function input(token: string, overrides: Record<string, unknown> = {}) {
  return {
    token,
    organizationName: '',
    name: 'Olive Owner',
    email: 'olive@vendor.example',
    newPassword: PASSWORD,
    confirmPassword: PASSWORD,
    ...overrides,
  };
}

async function failure(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

let ipCounter = 1;
/** Each test from its own address, so the per-address limit of one test does not spill into the next. */
const ctxFromNewAddress = () => anonymousCtx({ ip: `198.51.100.${ipCounter++}` });

async function rejections(): Promise<{ reason: string; organizationId: string | null }[]> {
  const rows = await db().auditEvent.findMany({ where: { action: 'setup.token_rejected' }, orderBy: { seq: 'asc' } });
  return rows.map((r) => ({ reason: (r.changes as { reason: string }).reason, organizationId: r.organizationId }));
}

describe('first-run setup', () => {
  it('an empty database needs the setup; a token has 256 bits and only its hash is stored', async () => {
    expect(await isSetupRequired(db())).toBe(true);
    // Server start: the gate closes every page but /setup, a token is issued and its issue audited.
    await prepareFirstRunSetup();
    expect(setupGateRequired()).toBe(true);
    expect(await auditActions(null)).toEqual(['setup.token_issued']);
    const { token, expiresAt } = await issueSetupToken(db(), 'server');
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(Buffer.from(token, 'base64url').length).toBe(32);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    const rows = await db().setupToken.findMany();
    expect(rows.some((r) => r.tokenHash === sha256Hex(token))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('[R9] a wrong token is refused with a clear message, audited, and creates nothing', async () => {
    await issueSetupToken(db(), 'server');
    const err = await failure(completeSetup(ctxFromNewAddress(), input('not-the-token-0123456789')));
    expect(err.code).toBe('VALIDATION');
    expect(err.fieldErrors?.token).toEqual([SETUP_TOKEN_MESSAGES.unknown]);
    expect(await db().organization.count()).toBe(0);
    expect(await db().user.count()).toBe(0);
    expect(await rejections()).toContainEqual({ reason: 'token unknown', organizationId: null });
  });

  it('[R9] an expired token (older than 24 hours) is refused with its own message', async () => {
    const { token } = await issueSetupToken(db(), 'cli', new Date(Date.now() - 25 * 3_600_000));
    const err = await failure(completeSetup(ctxFromNewAddress(), input(token)));
    expect(err.fieldErrors?.token).toEqual([SETUP_TOKEN_MESSAGES.expired]);
    expect((await rejections()).at(-1)).toEqual({ reason: 'token expired', organizationId: null });
  });

  it('[R1] [R3] short and breached passwords are refused by the password policy; the token stays usable', async () => {
    const { token } = await issueSetupToken(db(), 'server');
    const short = await failure(
      completeSetup(ctxFromNewAddress(), input(token, { newPassword: 'short', confirmPassword: 'short' })),
    );
    expect(short.fieldErrors?.newPassword?.[0]).toMatch(/at least 12 characters/);
    const breached = await failure(
      completeSetup(
        ctxFromNewAddress(),
        input(token, { newPassword: 'password1234', confirmPassword: 'password1234' }),
      ),
    );
    expect(breached.fieldErrors?.newPassword?.[0]).toMatch(/commonly used or breached/);
    const mismatch = await failure(
      completeSetup(ctxFromNewAddress(), input(token, { confirmPassword: 'something else entirely' })),
    );
    expect(mismatch.fieldErrors?.confirmPassword).toBeDefined();
    expect((await db().setupToken.findUniqueOrThrow({ where: { tokenHash: sha256Hex(token) } })).usedAt).toBeNull();
  });

  it('[R10] attempts are rate-limited per address; another address is not affected', async () => {
    const ctx = ctxFromNewAddress();
    for (let i = 0; i < POLICIES.setupPerIp.points; i++) {
      expect((await failure(completeSetup(ctx, input(`guess-${i}-abcdefghijklmnop`)))).code).toBe('VALIDATION');
    }
    const limited = await failure(completeSetup(ctx, input('guess-final-abcdefghijklmnop')));
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.message).toMatch(/Too many setup attempts/);
    expect((await rejections()).at(-1)?.reason).toBe('rate limited');
    expect((await failure(completeSetup(ctxFromNewAddress(), input('guess-other-abcdefghijklmnop')))).code).toBe(
      'VALIDATION',
    );
  });

  it('setups racing (two tokens, one of them sent twice): exactly one succeeds, the others are told setup is complete or the token used; one vendor, one owner', async () => {
    const a = await issueSetupToken(db(), 'server');
    const b = await issueSetupToken(db(), 'cli');
    // Two different tokens, and the same token twice.
    const results = await Promise.allSettled([
      completeSetup(ctxFromNewAddress(), input(a.token, { email: 'first@vendor.example' })),
      completeSetup(ctxFromNewAddress(), input(b.token, { email: 'second@vendor.example' })),
      completeSetup(ctxFromNewAddress(), input(a.token, { email: 'third@vendor.example' })),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(2);
    for (const l of lost) {
      expect(l.reason).toBeInstanceOf(AppError);
      // Whichever check it meets first: the setup is done, or its token was just used by the winner.
      expect((l.reason as AppError).message).toMatch(/already complete|already been used/);
    }
    expect(await db().organization.count({ where: { kind: 'VENDOR' } })).toBe(1);
    expect(await db().membership.count({ where: { role: 'owner' } })).toBe(1);
    expect(await db().setupCompletion.count()).toBe(1);
    expect(await isSetupRequired(db())).toBe(false);
  });

  it('the vendor is named BRAND_NAME by default, requires two-factor authentication, and its owner must enrol before anything else', async () => {
    const vendor = await db().organization.findFirstOrThrow({ where: { kind: 'VENDOR' } });
    expect(vendor).toMatchObject({ name: 'Acme Mail', mfaRequired: true, mfaGraceDays: 0 });
    const owner = await db().membership.findFirstOrThrow({
      where: { organizationId: vendor.id, role: 'owner' },
      include: { user: true },
    });
    const session = await db().session.findFirstOrThrow({ where: { userId: owner.userId } });
    expect(session.organizationId).toBe(vendor.id);
    // The session the setup created: a token for it is not stored, so sign in the same way for the check.
    const { createSession } = await import('@/lib/auth/sessions');
    const { token } = await db().$transaction((tx) =>
      createSession(tx, { userId: owner.userId, organizationId: vendor.id, ip: null, userAgent: null }),
    );
    const before = await loadSessionContext(token);
    expect(before?.mfaEnrolmentRequired).toBe(true);
    expect(before?.permissions.size).toBe(0);
    await enrolTotp(owner.userId);
    const after = await loadSessionContext(token);
    expect(after?.mfaEnrolmentRequired).toBe(false);
    for (const p of [
      'users:manage',
      'roles:manage',
      'security:manage',
      'customers:manage',
      'content:edit',
      'content:publish',
      'support:act',
    ] as const) {
      expect(after?.permissions.has(p), p).toBe(true);
    }
  });

  it('the setup is the first event of the vendor chain, then the content baseline import; the chain verifies', async () => {
    const vendor = await db().organization.findFirstOrThrow({ where: { kind: 'VENDOR' } });
    const report = await importTrustCenterBaseline(db());
    expect(report.pages).toBeGreaterThan(0);
    expect(await db().contentPage.count()).toBe(report.pages);
    const actions = await auditActions(vendor.id);
    expect(actions[0]).toBe('setup.completed');
    // The race's loser arrived after the vendor existed: its refusal is in the vendor's chain, then the import.
    expect(actions.slice(1)).toEqual(['setup.token_rejected', 'setup.token_rejected', 'content.imported']);
    const first = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: vendor.id, action: 'setup.completed' },
    });
    expect(first.prevHash).toBeNull();
    expect(first.actorType).toBe('USER');
    expect(JSON.stringify(first.changes)).not.toContain(PASSWORD);
    expect((await verifyChain(db(), vendor.id)).ok).toBe(true);
    expect((await verifyChain(db(), null)).ok).toBe(true);
  });

  it('after setup: a reused token is refused as used, a fresh one as "already complete"; both audited, nothing changes', async () => {
    const vendor = await db().organization.findFirstOrThrow({ where: { kind: 'VENDOR' } });
    const used = await db().setupToken.findFirstOrThrow({ where: { usedAt: { not: null } } });
    expect(used).toBeTruthy();
    // The used token's text is not stored; a row marked used answers like a replayed link would.
    const replay = await issueSetupToken(db(), 'server');
    await db().setupToken.update({ where: { tokenHash: sha256Hex(replay.token) }, data: { usedAt: new Date() } });
    const reused = await failure(completeSetup(ctxFromNewAddress(), input(replay.token)));
    expect(reused.fieldErrors?.token).toEqual([SETUP_TOKEN_MESSAGES.used]);
    const fresh = await issueSetupToken(db(), 'server');
    const again = await failure(
      completeSetup(ctxFromNewAddress(), input(fresh.token, { email: 'late@vendor.example' })),
    );
    expect(again.code).toBe('NOT_FOUND');
    expect(
      (await db().setupToken.findUniqueOrThrow({ where: { tokenHash: sha256Hex(fresh.token) } })).usedAt,
    ).toBeNull();
    expect(await db().organization.count()).toBe(1);
    const inVendorChain = (await rejections()).filter((r) => r.organizationId === vendor.id).map((r) => r.reason);
    expect(inVendorChain).toEqual(expect.arrayContaining(['token used', 'setup already complete']));
  });
});
