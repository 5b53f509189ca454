// The compiled matcher against a deliberately naive reference (BigInt, one rule at a time, ipaddr.js for
// parsing) on random rule sets and addresses: IPv4, IPv6, IPv4-mapped, edge prefixes /0, /32, /128.
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { compileMatcher, parseIpv4Fast, parseIpv6Fast } from '@/lib/ip-access/matcher';

// ── The reference: obviously correct, slow ──
type Norm = { v: 4 | 6; n: bigint };
function toBig(ip: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  return ip.toByteArray().reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
}
function refAddress(text: string): Norm | null {
  if (!ipaddr.isValid(text)) return null;
  const ip = ipaddr.process(text);
  return { v: ip.kind() === 'ipv4' ? 4 : 6, n: toBig(ip) };
}
function refRule(cidr: string): { v: 4 | 6; n: bigint; prefix: number } {
  let [ip, prefix] = ipaddr.parseCIDR(cidr);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress() && prefix >= 96) {
    ip = (ip as ipaddr.IPv6).toIPv4Address();
    prefix -= 96;
  }
  return { v: ip.kind() === 'ipv4' ? 4 : 6, n: toBig(ip), prefix };
}
function refMatches(rules: string[], address: string): boolean {
  const a = refAddress(address);
  if (!a) return false;
  return rules.map(refRule).some((r) => {
    if (r.v !== a.v) return false;
    const shift = BigInt((r.v === 4 ? 32 : 128) - r.prefix);
    return a.n >> shift === r.n >> shift;
  });
}

// ── Generators ──
const v4Int = fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(0, 0xffffffff, 0x7f000001, 0x0a000000));
const v4Text = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
const v6Big = fc.oneof(
  fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
  fc.constantFrom(0n, (1n << 128n) - 1n, 1n, 0xffffn << 32n),
);
function v6Parts(n: bigint): number[] {
  return Array.from({ length: 8 }, (_, k) => Number((n >> BigInt((7 - k) * 16)) & 0xffffn));
}
const v6Text = (n: bigint, style: number) => {
  const ip = new ipaddr.IPv6(v6Parts(n));
  if (style === 0) return ip.toRFC5952String();
  if (style === 1) return ip.toNormalizedString();
  return ip.toRFC5952String().toUpperCase();
};
const prefix4 = fc.oneof(fc.constantFrom(0, 1, 8, 16, 24, 31, 32), fc.integer({ min: 0, max: 32 }));
const prefix6 = fc.oneof(fc.constantFrom(0, 1, 32, 48, 64, 96, 127, 128), fc.integer({ min: 0, max: 128 }));

const rule = fc.oneof(
  fc.tuple(v4Int, prefix4).map(([n, p]) => `${v4Text(n)}/${p}`),
  fc.tuple(v6Big, prefix6).map(([n, p]) => `${new ipaddr.IPv6(v6Parts(n)).toRFC5952String()}/${p}`),
  // IPv4-mapped rules: ::ffff:a.b.c.d/(96+p), and mapped blocks shorter than /96 that stay IPv6.
  fc.tuple(v4Int, prefix4).map(([n, p]) => `::ffff:${v4Text(n)}/${96 + p}`),
  fc.tuple(v4Int, fc.integer({ min: 0, max: 95 })).map(([n, p]) => `::ffff:${v4Text(n)}/${p}`),
);

const address = fc.oneof(
  v4Int.map(v4Text),
  fc.tuple(v6Big, fc.integer({ min: 0, max: 2 })).map(([n, s]) => v6Text(n, s)),
  v4Int.map((n) => `::ffff:${v4Text(n)}`),
  v4Int.map((n) => new ipaddr.IPv6(v6Parts((0xffffn << 32n) | BigInt(n))).toNormalizedString()),
);

/** Addresses at and around the edges of the given rules: first, last, one below, one above, inside. */
function nearRules(rules: string[], picks: number[]): string[] {
  const out: string[] = [];
  for (const [i, cidr] of rules.entries()) {
    const r = refRule(cidr);
    const bits = r.v === 4 ? 32 : 128;
    const size = 1n << BigInt(bits - r.prefix);
    const first = (r.n >> BigInt(bits - r.prefix)) << BigInt(bits - r.prefix);
    const max = (1n << BigInt(bits)) - 1n;
    const pick = BigInt(picks[i % picks.length] ?? 0) % size;
    for (const v of [first, first + size - 1n, first - 1n, first + size, first + pick]) {
      if (v < 0n || v > max) continue;
      out.push(r.v === 4 ? v4Text(Number(v)) : new ipaddr.IPv6(v6Parts(v)).toRFC5952String());
    }
  }
  return out;
}

describe('IP allowlist matcher (property-based against a reference)', () => {
  it('[R25] agrees with the reference on random rule sets and random addresses', () => {
    fc.assert(
      fc.property(
        fc.array(rule, { maxLength: 40 }),
        fc.array(address, { minLength: 1, maxLength: 40 }),
        (rules, addrs) => {
          const m = compileMatcher(rules);
          for (const a of addrs) expect(m.has(a), `${a} in [${rules.join(', ')}]`).toBe(refMatches(rules, a));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('[R25] agrees at the edges of every rule (first, last, one outside on each side)', () => {
    fc.assert(
      fc.property(
        fc.array(rule, { minLength: 1, maxLength: 25 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        (rules, picks) => {
          const m = compileMatcher(rules);
          for (const a of nearRules(rules, picks))
            expect(m.has(a), `${a} in [${rules.join(', ')}]`).toBe(refMatches(rules, a));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('[R25] edge prefixes: /0 matches its whole family only, /32 and /128 exactly one address', () => {
    const all4 = compileMatcher(['0.0.0.0/0']);
    expect(all4.has('0.0.0.0') && all4.has('255.255.255.255') && all4.has('::ffff:8.8.8.8')).toBe(true);
    expect(all4.has('::1') || all4.has('2001:db8::1')).toBe(false);
    const all6 = compileMatcher(['::/0']);
    expect(all6.has('::') && all6.has('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')).toBe(true);
    expect(all6.has('10.0.0.1') || all6.has('::ffff:10.0.0.1')).toBe(false);
    const host = compileMatcher(['192.0.2.7/32', '2001:db8::7/128']);
    expect([host.has('192.0.2.7'), host.has('192.0.2.6'), host.has('192.0.2.8')]).toEqual([true, false, false]);
    expect([
      host.has('2001:db8::7'),
      host.has('2001:DB8:0:0:0:0:0:7'),
      host.has('2001:db8::6'),
      host.has('2001:db8::8'),
    ]).toEqual([true, true, false, false]);
  });

  it('[R25] IPv4-mapped IPv6 is the IPv4 address, in rules and in lookups', () => {
    const m = compileMatcher(['::ffff:10.0.0.0/104']);
    expect(m.ranges()).toEqual({ ipv4: [['10.0.0.0', '10.255.255.255']], ipv6: [] });
    expect([
      m.has('10.1.2.3'),
      m.has('::ffff:10.1.2.3'),
      m.has('::ffff:a01:203'),
      m.has('0:0:0:0:0:ffff:a01:203'),
    ]).toEqual([true, true, true, true]);
    expect(m.has('11.0.0.0')).toBe(false);
  });

  it('never matches unparseable or ambiguous input', () => {
    const m = compileMatcher(['0.0.0.0/0', '::/0']);
    for (const bad of [
      '',
      'localhost',
      '10.0.0.256',
      '010.0.0.1',
      '10.0.0',
      '1:2:3',
      'fe80::1%eth0',
      '1::2::3',
      '::ffff:1.2.3.256',
    ]) {
      expect(m.has(bad), bad).toBe(false);
    }
    expect(m.has('[::1]')).toBe(true);
  });

  it('merges overlapping and adjacent rules into disjoint ranges', () => {
    const m = compileMatcher([
      '10.0.0.0/25',
      '10.0.0.128/25',
      '10.0.0.64/26',
      '10.0.2.0/24',
      '2001:db8::/33',
      '2001:db8:8000::/33',
    ]);
    expect(m.ranges()).toEqual({
      ipv4: [
        ['10.0.0.0', '10.0.0.255'],
        ['10.0.2.0', '10.0.2.255'],
      ],
      ipv6: [['2001:db8::', '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff']],
    });
    expect(m.rules).toBe(6);
    expect(m.rangeCount).toBe(3);
  });

  it('fast parsers agree with ipaddr.js on canonical input', () => {
    fc.assert(
      fc.property(v4Int, (n) => {
        expect(parseIpv4Fast(v4Text(n))).toBe(n);
      }),
    );
    const out = new Uint16Array(8);
    fc.assert(
      fc.property(v6Big, fc.integer({ min: 0, max: 2 }), (n, style) => {
        expect(parseIpv6Fast(v6Text(n, style), out)).toBe(true);
        expect([...out]).toEqual(v6Parts(n));
      }),
    );
  });
});
