// npx tsx bench/mfa.ts — the second step of sign-in on a fresh embedded database: checking a TOTP code
// alone, and the whole step (ticket, code claimed atomically, audit, new ticket) for an authenticator code,
// a recovery code and a passkey assertion. Prints median/p95 latency. Not a test: figures only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tc-bench-mfa-'));
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;

const { getConfig } = await import('@/lib/config');
const { applyMigrations } = await import('@/lib/db/migrate');
const { closeDb, db } = await import('@/lib/db');
const { issueSignInTicket } = await import('@/lib/auth/sign-in-ticket');
const { checkTotpCode, newTotpSecret } = await import('@/lib/mfa/totp');
const { completeSecondFactor } = await import('@/lib/mfa/complete-second-factor');
const { startSecondFactorPasskey } = await import('@/lib/mfa/start-second-factor-passkey');
const { enrolRecoveryCodes, enrolTotp, SoftAuthenticator, totpCode } = await import('@/tests/fixtures/mfa');
const { startPasskeyRegistration } = await import('@/lib/mfa/start-passkey-registration');
const { finishPasskeyRegistration } = await import('@/lib/mfa/finish-passkey-registration');

const N = 40;
await applyMigrations(getConfig().database);
const org = await db().organization.create({ data: { slug: 'bench', name: 'Bench' } });
const users = await Promise.all(
  Array.from({ length: N }, (_, i) =>
    db().user.create({
      data: {
        email: `bench${i}@example.test`,
        name: `Bench ${i}`,
        memberships: { create: { organizationId: org.id, role: 'member' } },
      },
    }),
  ),
);
const meta = (i: number) => ({ requestId: null, ip: `10.1.${i >> 8}.${i & 255}`, userAgent: 'bench' });
const ticketFor = (userId: string, i: number) =>
  db().$transaction((tx) =>
    issueSignInTicket(tx, { userId, organizationId: org.id, step: 'SECOND_FACTOR', meta: meta(i) }),
  );

function summary(label: string, xs: number[]) {
  xs.sort((a, b) => a - b);
  const pct = (p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
  console.log(`${label} (${xs.length}): median ${pct(50).toFixed(2)} ms, p95 ${pct(95).toFixed(2)} ms`);
}
async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const secret = newTotpSecret();
const raw: number[] = [];
for (let i = 0; i < 500; i++) raw.push(await time(() => checkTotpCode({ secret, code: '123456' })));
summary('checkTotpCode, wrong code (2 steps computed)', raw);

const totp: number[] = [];
for (const [i, u] of users.entries()) {
  const s = await enrolTotp(u.id);
  const ticket = await ticketFor(u.id, i);
  const code = await totpCode(s);
  totp.push(await time(() => completeSecondFactor({ meta: meta(i), session: null }, { method: 'totp', ticket, code })));
}
summary('second step with an authenticator code', totp);

const recovery: number[] = [];
for (const [i, u] of users.entries()) {
  const codes = await enrolRecoveryCodes(u.id);
  const ticket = await ticketFor(u.id, i);
  recovery.push(
    await time(() =>
      completeSecondFactor({ meta: meta(i), session: null }, { method: 'recovery-code', ticket, code: codes[0]! }),
    ),
  );
}
summary('second step with a recovery code (+ email queued)', recovery);

const passkey: number[] = [];
for (const [i, u] of users.entries()) {
  const ctx = {
    meta: meta(i),
    session: {
      sessionId: 'bench',
      user: { id: u.id, email: u.email, name: u.name },
      organization: { ...org, kind: 'CUSTOMER' as const },
      role: 'member',
      permissions: new Set<never>(),
      reauthenticatedAt: new Date(),
    },
  };
  const authenticator = new SoftAuthenticator({ counting: true });
  await finishPasskeyRegistration(ctx, {
    response: authenticator.register(await startPasskeyRegistration(ctx)) as never,
  });
  const ticket = await ticketFor(u.id, i);
  const options = await startSecondFactorPasskey(ctx, { ticket });
  const response = authenticator.assert(options);
  passkey.push(
    await time(() =>
      completeSecondFactor(
        { meta: meta(i), session: null },
        { method: 'webauthn', ticket, response: response as never },
      ),
    ),
  );
}
summary('second step with a passkey (challenge claim + ES256 verify + counter)', passkey);
console.log(`${os.cpus().length} CPU cores; embedded PGlite`);

await closeDb();
fs.rmSync(dataDir, { recursive: true, force: true });
