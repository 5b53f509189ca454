// Child process of bench/audit.ts: runs one export of 1,000,000 rows in a process of its own, so its
// peak RSS is the export's, not the seeding's. Started with a capped old generation so a growing buffer
// would crash rather than hide behind lazy garbage collection. bench/audit.ts bundles this file with
// esbuild and runs it with plain node, as production runs compiled code: under tsx, the loader's own
// thread would add ~40 MB that no deployment carries. Nothing is warmed up before the baseline: on
// PostgreSQL the export does not use Prisma, and whatever it does load counts in its peak. Prints one JSON line.
export {};
const [url, organizationId, slug, limitArg] = process.argv.slice(2) as [string, string, string, string | undefined];
process.env.DATABASE_URL = url;
const { exportAuditEvents } = await import('@/lib/audit/export-audit-events');
const { permissionsOfRole } = await import('@/lib/access/permissions');
const { closeDb } = await import('@/lib/db');

const ctx = {
  meta: { requestId: null, ip: '127.0.0.1', userAgent: 'bench' },
  session: {
    sessionId: '00000000-0000-0000-0000-000000000000',
    user: { id: 'bench', email: 'bench@example.test', name: 'Bench' },
    organization: { id: organizationId, slug, name: slug, kind: 'CUSTOMER' as const },
    role: 'admin',
    permissions: permissionsOfRole('admin'),
    reauthenticatedAt: null,
  },
};
// Baseline: modules loaded, nothing run yet.
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
const started = performance.now();
const result = await exportAuditEvents(ctx as never, { format: 'csv' }, Number(limitArg ?? 1_000_000));
let rows = -1; // header
let bytes = 0;
const reader = result.body.getReader();
for (;;) {
  const { value, done } = await reader.read();
  if (done) break;
  bytes += value.byteLength;
  for (let at = value.indexOf(10); at !== -1; at = value.indexOf(10, at + 1)) rows++; // native scan: the count is not the export's cost
}
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
console.log(JSON.stringify({ rows, bytes, seconds, baselineMb: baseline / 1048576, peakMb: peak / 1048576 }));
await closeDb();
process.exit(0);
