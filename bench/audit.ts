// npm run bench:audit — the audit log at scale on PostgreSQL (BENCH_DATABASE_URL, default the local
// server's "test" database; a fresh database is created and dropped). Seeds 1,000,000 events in one
// organization plus 99 organizations of 10,000, then prints the p95 of the viewer's first page and of a
// filtered deep page, and the export's throughput and peak memory for 1,000,000 rows. Figures only.
import { createDatabase, databaseName, dropDatabase, onServer } from '@/tests/setup/databases';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BIG = 1_000_000;
const SMALL_ORGS = 99;
const SMALL = 10_000;
const RUNS = 60;

// BENCH_AUDIT_REUSE=<url printed by a KEEP_BENCH_DB=1 run>: measure again on that database, no seeding.
const reuse = process.env.BENCH_AUDIT_REUSE;
const name = reuse ? '' : databaseName('tc_bench_audit');
const url = reuse ?? (await createDatabase(SERVER, name));
process.env.DATABASE_URL = url;
const { getConfig } = await import('@/lib/config');
const { applyMigrations } = await import('@/lib/db/migrate');
const { closeDb, db } = await import('@/lib/db');
const { listAuditEvents } = await import('@/lib/audit/list-audit-events');
const { permissionsOfRole } = await import('@/lib/access/permissions');

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(0.95 * (s.length - 1))]!;
}

async function seed(): Promise<void> {
  await applyMigrations(getConfig().database);
  const t0 = performance.now();
  await onServer(url, async (c) => {
    await c.query(`INSERT INTO "Organization" (id, slug, name, "updatedAt")
      SELECT gen_random_uuid(), 'org-' || g, 'Org ' || g, now() FROM generate_series(0, ${SMALL_ORGS}) g`);
    // Rows straight into the table (the chain's hashes are not what this measures).
    const insert = (orgSlug: string, n: number) =>
      c.query(
        `
      INSERT INTO "AuditEvent" (id, "organizationId", "occurredAt", "actorType", "actorId", "actorLabel", action,
        "targetType", "targetId", "targetLabel", outcome, ip, "userAgent", "requestId", changes, "prevHash", hash)
      SELECT gen_random_uuid(), o.id, now() - make_interval(secs => (${n} - g) * 2), 'USER', 'actor-' || (g % 50),
        'person' || (g % 50) || '@example.test',
        (ARRAY['auth.signin.succeeded','auth.signin.failed','session.revoked','auth.password.changed','access.denied'])[1 + g % 5],
        'session', 's-' || g, NULL, (ARRAY['SUCCESS','FAILURE','DENIED'])[1 + g % 3]::"AuditOutcome",
        '198.51.100.' || (g % 250), 'bench', NULL, '{"before":{"a":1},"after":{"a":2}}'::jsonb, md5(g::text), md5((g + 1)::text)
      FROM generate_series(1, ${n}) g, "Organization" o WHERE o.slug = $1`,
        [orgSlug],
      );
    await insert('org-0', BIG);
    for (let i = 1; i <= SMALL_ORGS; i++) await insert(`org-${i}`, SMALL);
    await c.query('ANALYZE "AuditEvent"');
  });
  const total = BIG + SMALL_ORGS * SMALL;
  console.log(`seeded ${total.toLocaleString('en')} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

try {
  if (!reuse) await seed();
  const orgs = await db().organization.findMany({ select: { id: true, slug: true, name: true } });
  const ctxFor = (o: (typeof orgs)[number]) => ({
    meta: { requestId: null, ip: '127.0.0.1', userAgent: 'bench' },
    session: {
      sessionId: '00000000-0000-0000-0000-000000000000',
      user: { id: 'bench', email: 'bench@example.test', name: 'Bench' },
      organization: { id: o.id, slug: o.slug, name: o.name, kind: 'CUSTOMER' as const },
      role: 'admin',
      permissions: permissionsOfRole('admin'),
      reauthenticatedAt: null,
    },
  });
  const big = ctxFor(orgs.find((o) => o.slug === 'org-0')!);

  const first: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = i % 2 ? big : ctxFor(orgs[1 + (i % SMALL_ORGS)]!);
    const t = performance.now();
    await listAuditEvents(ctx, {});
    first.push(performance.now() - t);
  }
  // A deep page: 80% of the way down the big organization's log, filtered by action and outcome.
  const deep = await db().auditEvent.findFirstOrThrow({
    where: { organizationId: big.session.organization.id },
    orderBy: { seq: 'asc' },
    skip: Math.floor(BIG * 0.2),
    select: { seq: true },
  });
  const deepTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const page = await listAuditEvents(big, { action: 'session.revoked', cursor: deep.seq.toString() });
    deepTimes.push(performance.now() - t);
    if (i === 0 && page.events.length !== 50) throw new Error(`deep page returned ${page.events.length} rows`);
  }
  console.log(
    `viewer first page: p95 ${p95(first).toFixed(1)} ms (target < 20 ms; ${RUNS} runs, 10k- and 1M-event organizations)`,
  );
  console.log(
    `viewer filtered deep page (action filter, 80% deep in 1M): p95 ${p95(deepTimes).toFixed(1)} ms (target < 20 ms)`,
  );

  // The export runs in a process of its own (see bench/audit-export-child.ts).
  const { execFileSync } = await import('node:child_process');
  const { build } = await import('esbuild');
  const child = '.test-data/bench/audit-export-child.mjs'; // inside the repository, so node_modules resolve
  await build({
    entryPoints: ['bench/audit-export-child.ts'],
    outfile: child,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const out = execFileSync(
    process.execPath,
    ['--max-old-space-size=96', child, url, big.session.organization.id, 'org-0'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const r = JSON.parse(out.trim().split('\n').at(-1)!) as {
    rows: number;
    bytes: number;
    seconds: number;
    baselineMb: number;
    peakMb: number;
  };
  console.log(
    `export CSV: ${r.rows.toLocaleString('en')} rows, ${(r.bytes / 1e6).toFixed(0)} MB in ${r.seconds.toFixed(1)} s = ${Math.round(r.rows / r.seconds).toLocaleString('en')} rows/s (target ≥ 50,000); peak RSS ${r.peakMb.toFixed(0)} MB, of which ${r.baselineMb.toFixed(0)} MB before the export started, modules loaded (target < 200 MB)`,
  );
} finally {
  await closeDb();
  if (reuse) console.log(`reused ${url}`);
  else if (process.env.KEEP_BENCH_DB)
    console.log(`kept ${url} (BENCH_AUDIT_REUSE=${url} npm run bench:audit measures again without seeding)`);
  else await dropDatabase(SERVER, name);
}
