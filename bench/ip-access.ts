// npm run bench:ip-access — the IP allowlist matcher, and the cost of enforcing the panel list per request.
//  1. Lookups per second and memory at 10, 1,000 and 100,000 rules: the compiled matcher (sorted, merged
//     ranges; binary search) against a linear scan over ipaddr.js ranges, both fed address strings, as
//     requests give them. The ratio is printed; the target is ≥ 1,000,000 lookups/s at 100,000 rules.
//  2. The per-request overhead of the panel check as lib/dal.ts runs it (warm cache, version known from
//     the session read), on a fresh embedded database with a 1,000-entry enabled list: p50/p99.
// Figures only; not a test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ipaddr from 'ipaddr.js';
import { compileMatcher } from '@/lib/ip-access/matcher';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

// Deterministic pseudo-random numbers (mulberry32), so runs compare.
let seed = 0x1c0ffee;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number) => Math.floor(rand() * n);
const v4 = (n: number) => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;

function randomRules(count: number): string[] {
  const rules: string[] = [];
  for (let i = 0; i < count; i++) {
    if (rand() < 0.8) {
      const prefix = 16 + int(17); // /16 … /32
      const n = Math.floor(int(2 ** 32) / 2 ** (32 - prefix)) * 2 ** (32 - prefix);
      rules.push(`${v4(n)}/${prefix}`);
    } else {
      const prefix = 16 + int(113); // /16 … /128
      const parts = Array.from({ length: 8 }, (_, k) => (k * 16 < prefix ? int(65536) : 0));
      parts[0] = 0x2000 | (parts[0]! & 0x0fff);
      const network = ipaddr.parseCIDR(`${new ipaddr.IPv6(parts).toRFC5952String()}/${prefix}`);
      const bytes = network[0]
        .toByteArray()
        .map((b, k) => b & (0xff << (8 - Math.max(0, Math.min(8, prefix - k * 8)))) & 0xff);
      rules.push(`${(ipaddr.fromByteArray(bytes) as ipaddr.IPv6).toRFC5952String()}/${prefix}`);
    }
  }
  return rules;
}

/** Addresses to look up: half inside a random rule, half random; 70 % IPv4, 30 % IPv6. */
function randomAddresses(rules: string[], count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (rand() < 0.5) {
      const [ip] = ipaddr.parseCIDR(rules[int(rules.length)]!);
      out.push(ip.kind() === 'ipv4' ? ip.toString() : (ip as ipaddr.IPv6).toRFC5952String());
    } else if (rand() < 0.7) out.push(v4(int(2 ** 32)));
    else
      out.push(
        new ipaddr.IPv6(
          Array.from({ length: 8 }, (_, k) => (k === 0 ? 0x2000 | int(4096) : int(65536))),
        ).toRFC5952String(),
      );
  }
  return out;
}

/** The baseline: what one would write first — parse each rule with ipaddr.js, scan them all per lookup. */
function linearScan(rules: string[]) {
  const parsed = rules.map((r) => ipaddr.parseCIDR(r));
  return (ip: string) => {
    const addr = ipaddr.process(ip);
    const kind = addr.kind();
    for (const range of parsed) if (range[0].kind() === kind && addr.match(range)) return true;
    return false;
  };
}

function heapOf<T>(build: () => T): { value: T; bytes: number } {
  gc();
  // Typed arrays live outside the JS heap: count both.
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const before = used();
  const value = build();
  gc();
  return { value, bytes: Math.max(0, used() - before) };
}

/** Runs lookups for at least `minMs`, returns lookups per second. */
function rate(fn: (ip: string) => boolean, addresses: string[], minMs: number): { perSecond: number; hits: number } {
  let n = 0;
  let hits = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (const a of addresses) if (fn(a)) hits++;
    n += addresses.length;
    elapsed = performance.now() - started;
  } while (elapsed < minMs);
  return { perSecond: (n / elapsed) * 1000, hits };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const mib = (b: number) => `${(b / 1048576).toFixed(2)} MiB`;

console.log(
  `Node ${process.version}, ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? '?'})${(globalThis as { gc?: unknown }).gc ? '' : ' — run with --expose-gc for memory figures'}`,
);
console.log('\n1. Matcher: lookups/s (address strings in, parsing included) and memory');
console.log(
  'memory: compiled = its typed arrays (or the heap growth, if larger); linear scan = heap growth of the parsed ipaddr.js ranges',
);
console.log('rules     | compiled: lookups/s  memory  (ranges) | linear scan (ipaddr.js): lookups/s  memory | ratio');
for (const count of [10, 1000, 100_000]) {
  const rules = randomRules(count);
  const addresses = randomAddresses(rules, 20_000);
  const t = performance.now();
  const compiled = heapOf(() => compileMatcher(rules));
  const compileMs = performance.now() - t;
  const baseline = heapOf(() => linearScan(rules));
  // Both must agree before either is timed.
  for (const a of addresses.slice(0, count >= 100_000 ? 200 : 2000)) {
    if (compiled.value.has(a) !== baseline.value(a)) throw new Error(`disagreement on ${a}`);
  }
  const fast = rate((ip) => compiled.value.has(ip), addresses, 1500);
  const slowSample = count >= 100_000 ? addresses.slice(0, 300) : addresses;
  const slow = rate(baseline.value, slowSample, 1500);
  console.log(
    `${fmt(count).padStart(7)}   | ${fmt(fast.perSecond).padStart(12)}  ${mib(Math.max(compiled.bytes, compiled.value.byteLength)).padStart(9)} (${fmt(compiled.value.rangeCount)}, compiled in ${compileMs.toFixed(0)} ms) | ${fmt(slow.perSecond).padStart(12)}  ${mib(baseline.bytes).padStart(9)} | ${(fast.perSecond / slow.perSecond).toFixed(1)}×`,
  );
}

// 2. The panel check on a real database, exactly as getCtx runs it.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tc-bench-ip-access-'));
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
const { getConfig } = await import('@/lib/config');
const { applyMigrations } = await import('@/lib/db/migrate');
const { closeDb, db } = await import('@/lib/db');
const { enforceIpAccess } = await import('@/lib/ip-access/enforce');
const { clearCompiledPolicies } = await import('@/lib/ip-access/policy-cache');
try {
  await applyMigrations(getConfig().database);
  const org = await db().organization.create({ data: { slug: 'bench', name: 'Bench' } });
  const rules = randomRules(999).filter((r) => !r.includes(':'));
  rules.push('203.0.113.0/24');
  await db().ipAccessRule.createMany({
    data: rules.map((cidr, i) => ({ organizationId: org.id, scope: 'PANEL' as const, cidr, label: `Rule ${i}` })),
    skipDuplicates: true,
  });
  await db().ipAccessList.create({ data: { organizationId: org.id, scope: 'PANEL', enabled: true } });
  const { ipAccessVersion } = await db().organization.update({ where: { id: org.id }, data: { ipAccessVersion: 1 } });
  const organization = { id: org.id, name: org.name, ipAccessVersion };
  const input = (i: number) => ({
    scope: 'panel' as const,
    organization,
    actor: { type: 'USER' as const, id: null, label: 'bench' },
    meta: { requestId: null, ip: `203.0.113.${i & 255}`, userAgent: 'bench' },
  });

  clearCompiledPolicies();
  const cold = performance.now();
  await enforceIpAccess(input(1));
  const coldMs = performance.now() - cold;
  const samples: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    const t0 = performance.now();
    await enforceIpAccess(input(i));
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]! * 1000;
  console.log(
    `\n2. Panel check per request (enabled list of ${rules.length} entries, version read with the session, embedded PGlite)`,
  );
  console.log(
    `   warm: p50 ${pct(50).toFixed(1)} µs, p99 ${pct(99).toFixed(1)} µs, max ${(samples.at(-1)! * 1000).toFixed(0)} µs over ${samples.length} requests (target p99 < 1 ms)`,
  );
  console.log(
    `   cold (first request after a change: one read of the lists and a compile): ${coldMs.toFixed(1)} ms, once per change per process`,
  );
} finally {
  await closeDb();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
