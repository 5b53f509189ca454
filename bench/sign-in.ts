// npm run bench:sign-in — the password step of sign-in (argon2id verify + rate-limit bookkeeping +
// ticket) at the configured cost, on a fresh embedded database. Prints median/p95 latency and the
// throughput of concurrent sign-ins on this machine. Not a test: figures only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tc-bench-signin-'));
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;

const { getConfig } = await import('@/lib/config');
const { applyMigrations } = await import('@/lib/db/migrate');
const { closeDb, db } = await import('@/lib/db');
const { hashPassword } = await import('@/lib/auth/password-hash');
const { signInWithPassword } = await import('@/lib/auth/sign-in-with-password');

const SEQUENTIAL = 60;
const CONCURRENT = 60;
const PASSWORD = 'benchmark passphrase 2026';

await applyMigrations(getConfig().database);
const org = await db().organization.create({ data: { slug: 'bench', name: 'Bench' } });
const passwordHash = await hashPassword(PASSWORD);
const users = await Promise.all(
  Array.from({ length: CONCURRENT }, (_, i) =>
    db().user.create({
      data: {
        email: `bench${i}@example.test`,
        name: `Bench ${i}`,
        passwordHash,
        memberships: { create: { organizationId: org.id, role: 'member' } },
      },
    }),
  ),
);
const ctx = (i: number) => ({
  meta: { requestId: null, ip: `10.0.${i >> 8}.${i & 255}`, userAgent: 'bench' },
  session: null,
});

const latencies: number[] = [];
for (let i = 0; i < SEQUENTIAL; i++) {
  const t = performance.now();
  await signInWithPassword(ctx(i), { email: users[i % users.length]!.email, password: PASSWORD });
  latencies.push(performance.now() - t);
}
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;

const started = performance.now();
await Promise.all(users.map((u, i) => signInWithPassword(ctx(1000 + i), { email: u.email, password: PASSWORD })));
const seconds = (performance.now() - started) / 1000;

const { memoryCost, timeCost, parallelism } = getConfig().argon2;
console.log(
  `argon2id m=${memoryCost} KiB, t=${timeCost}, p=${parallelism}; ${os.cpus().length} CPU cores; embedded PGlite`,
);
console.log(
  `sign-in password step, sequential (${SEQUENTIAL}): median ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms`,
);
console.log(`sign-in throughput, ${CONCURRENT} concurrent: ${(CONCURRENT / seconds).toFixed(1)} sign-ins/s`);

await closeDb();
fs.rmSync(dataDir, { recursive: true, force: true });
