// The compiled allowlist: rules become sorted, merged, disjoint ranges in typed arrays, and a lookup is a
// binary search — O(log n) whatever the number of rules, no allocation on the hot path for IPv4.
// IPv4 ranges are uint32 pairs; IPv6 ranges are four big-endian uint32 words per bound.
// Addresses: IPv4-mapped IPv6 (::ffff:a.b.c.d) is looked up as the IPv4 address (see address.ts).
import ipaddr from 'ipaddr.js';
import { parseIpAddress } from './address';

export interface CompiledRanges {
  ipv4: [string, string][];
  ipv6: [string, string][];
}

export interface IpMatcher {
  /** Number of rules compiled and of disjoint ranges after merging. */
  readonly rules: number;
  readonly rangeCount: number;
  /** Is this address (any spelling) inside one of the rules? Unparseable input is never inside. */
  has(ip: string): boolean;
  hasIpv4(value: number): boolean;
  hasIpv6(w0: number, w1: number, w2: number, w3: number): boolean;
  /** The merged ranges, first and last address of each, in order (the API's compiled export). */
  ranges(): CompiledRanges;
  /** Bytes held by the typed arrays. */
  readonly byteLength: number;
}

const V6_BITS = 128n;
const V6_ALL = (1n << V6_BITS) - 1n;

/** A rule as a closed interval; IPv4-mapped IPv6 networks of /96 and longer become IPv4. */
export function ruleInterval(cidr: string): { version: 4 | 6; first: bigint; last: bigint } {
  let [ip, prefix] = ipaddr.parseCIDR(cidr);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress() && prefix >= 96) {
    ip = (ip as ipaddr.IPv6).toIPv4Address();
    prefix -= 96;
  }
  const bits = ip.kind() === 'ipv4' ? 32n : V6_BITS;
  let value = 0n;
  for (const b of ip.toByteArray()) value = (value << 8n) | BigInt(b);
  const hostBits = bits - BigInt(prefix);
  const hostMask = (1n << hostBits) - 1n;
  const first = value & ~hostMask & (bits === 32n ? 0xffffffffn : V6_ALL);
  return { version: ip.kind() === 'ipv4' ? 4 : 6, first, last: first | hostMask };
}

/** Sorts and merges overlapping or adjacent intervals (`after(x)` is x + 1 in the interval's number type). */
function merge<T extends number | bigint>(
  intervals: { first: T; last: T }[],
  after: (x: T) => T,
): { first: T; last: T }[] {
  intervals.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const out: { first: T; last: T }[] = [];
  for (const r of intervals) {
    const top = out[out.length - 1];
    if (top && r.first <= after(top.last)) {
      if (r.last > top.last) top.last = r.last;
    } else out.push({ first: r.first, last: r.last });
  }
  return out;
}

/** Canonical dotted quad → uint32, or -1 for anything else (leading zeros, octal, hex, short forms). */
export function parseIpv4Fast(s: string): number {
  const len = s.length;
  if (len < 7 || len > 15) return -1;
  let value = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || ++dots > 3) return -1;
      value = value * 256 + part;
      part = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && part === 0) return -1;
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return -1;
    } else return -1;
  }
  if (dots !== 3 || digits === 0) return -1;
  return value * 256 + part;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

const groups = new Uint16Array(8);

/** IPv6 text → 8 groups in `out`; false when it is not plain IPv6 (the slow path decides then). */
export function parseIpv6Fast(s: string, out: Uint16Array): boolean {
  const len = s.length;
  if (len < 2 || len > 45) return false;
  let count = 0;
  let gap = -1;
  let i = 0;
  if (s.charCodeAt(0) === 58) {
    if (s.charCodeAt(1) !== 58) return false;
    gap = 0;
    i = 2;
  }
  while (i < len) {
    const start = i;
    let value = 0;
    let digits = 0;
    let h: number;
    while (i < len && (h = hexValue(s.charCodeAt(i))) >= 0) {
      value = value * 16 + h;
      digits++;
      i++;
    }
    if (i < len && s.charCodeAt(i) === 46) {
      const v4 = parseIpv4Fast(s.slice(start));
      if (v4 < 0 || count > 6) return false;
      groups[count++] = Math.floor(v4 / 65536);
      groups[count++] = v4 & 0xffff;
      i = len;
      break;
    }
    if (digits === 0 || digits > 4 || count >= 8) return false;
    groups[count++] = value;
    if (i === len) break;
    if (s.charCodeAt(i) !== 58) return false;
    i++;
    if (i < len && s.charCodeAt(i) === 58) {
      if (gap !== -1) return false;
      gap = count;
      i++;
    } else if (i === len) return false;
  }
  if (gap === -1) {
    if (count !== 8) return false;
    for (let k = 0; k < 8; k++) out[k] = groups[k]!;
    return true;
  }
  if (count > 7) return false;
  const zeros = 8 - count;
  for (let k = 0; k < gap; k++) out[k] = groups[k]!;
  for (let k = 0; k < zeros; k++) out[gap + k] = 0;
  for (let k = gap; k < count; k++) out[k + zeros] = groups[k]!;
  return true;
}

const words = new Uint16Array(8);

function v4ToString(n: number): string {
  return `${Math.floor(n / 16777216) & 255}.${Math.floor(n / 65536) & 255}.${Math.floor(n / 256) & 255}.${n & 255}`;
}

function v6ToString(words32: Uint32Array, k: number): string {
  const parts: number[] = [];
  for (let w = 0; w < 4; w++) {
    const word = words32[k * 4 + w]!;
    parts.push(Math.floor(word / 65536), word & 0xffff);
  }
  return new ipaddr.IPv6(parts).toRFC5952String();
}

const ruleGroups = new Uint16Array(8);

/**
 * Fast path of ruleInterval for the canonical CIDRs the store holds: IPv4 in plain numbers, IPv6 in
 * BigInt; anything unusual goes through ipaddr.js.
 */
function compileRule(
  cidr: string,
): { version: 4; first: number; last: number } | { version: 6; first: bigint; last: bigint } {
  const slash = cidr.indexOf('/');
  const addr = slash === -1 ? cidr : cidr.slice(0, slash);
  const prefixText = slash === -1 ? '' : cidr.slice(slash + 1);
  const prefix = prefixText === '' ? -1 : Number(prefixText);
  const v4 = parseIpv4Fast(addr);
  if (v4 >= 0 && prefix >= 0 && prefix <= 32 && Number.isInteger(prefix)) {
    const size = 2 ** (32 - prefix);
    const first = Math.floor(v4 / size) * size;
    return { version: 4, first, last: first + size - 1 };
  }
  if (v4 < 0 && prefix >= 0 && prefix <= 128 && Number.isInteger(prefix) && parseIpv6Fast(addr, ruleGroups)) {
    const g = ruleGroups;
    if (prefix >= 96 && g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff) {
      const size = 2 ** (128 - prefix);
      const first = Math.floor((g[6]! * 65536 + g[7]!) / size) * size;
      return { version: 4, first, last: first + size - 1 };
    }
    let value = 0n;
    for (let k = 0; k < 8; k++) value = (value << 16n) | BigInt(g[k]!);
    const hostMask = (1n << BigInt(128 - prefix)) - 1n;
    const first = value & ~hostMask & V6_ALL;
    return { version: 6, first, last: first | hostMask };
  }
  const r = ruleInterval(cidr);
  return r.version === 4
    ? { version: 4, first: Number(r.first), last: Number(r.last) }
    : { version: 6, first: r.first, last: r.last };
}

/** Compiles canonical CIDRs (as stored) into a matcher. Throws on an invalid CIDR: the store validates. */
export function compileMatcher(cidrs: Iterable<string>): IpMatcher {
  const v4: { first: number; last: number }[] = [];
  const v6: { first: bigint; last: bigint }[] = [];
  let rules = 0;
  for (const cidr of cidrs) {
    const r = compileRule(cidr);
    if (r.version === 4) v4.push({ first: r.first, last: r.last });
    else v6.push({ first: r.first, last: r.last });
    rules++;
  }
  const m4 = merge(v4, (x) => x + 1);
  const m6 = merge(v6, (x) => x + 1n);
  const s4 = new Uint32Array(m4.length);
  const e4 = new Uint32Array(m4.length);
  m4.forEach((r, k) => {
    s4[k] = r.first;
    e4[k] = r.last;
  });
  const s6 = new Uint32Array(m6.length * 4);
  const e6 = new Uint32Array(m6.length * 4);
  m6.forEach((r, k) => {
    for (let w = 0; w < 4; w++) {
      const shift = BigInt((3 - w) * 32);
      s6[k * 4 + w] = Number((r.first >> shift) & 0xffffffffn);
      e6[k * 4 + w] = Number((r.last >> shift) & 0xffffffffn);
    }
  });
  const n4 = m4.length;
  const n6 = m6.length;

  function hasIpv4(x: number): boolean {
    let lo = 0;
    let hi = n4 - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (s4[mid]! <= x) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && x <= e4[found]!;
  }

  /** -1, 0, 1: the bound at index k of `arr` compared with the address. */
  function cmp(arr: Uint32Array, k: number, w0: number, w1: number, w2: number, w3: number): number {
    const b = k * 4;
    let a = arr[b]!;
    if (a !== w0) return a < w0 ? -1 : 1;
    a = arr[b + 1]!;
    if (a !== w1) return a < w1 ? -1 : 1;
    a = arr[b + 2]!;
    if (a !== w2) return a < w2 ? -1 : 1;
    a = arr[b + 3]!;
    return a === w3 ? 0 : a < w3 ? -1 : 1;
  }

  function hasIpv6(w0: number, w1: number, w2: number, w3: number): boolean {
    let lo = 0;
    let hi = n6 - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(s6, mid, w0, w1, w2, w3) <= 0) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && cmp(e6, found, w0, w1, w2, w3) >= 0;
  }

  function has(ip: string): boolean {
    const v4value = parseIpv4Fast(ip);
    if (v4value >= 0) return hasIpv4(v4value);
    if (parseIpv6Fast(ip, words)) {
      if (
        words[0] === 0 &&
        words[1] === 0 &&
        words[2] === 0 &&
        words[3] === 0 &&
        words[4] === 0 &&
        words[5] === 0xffff
      ) {
        return hasIpv4(words[6]! * 65536 + words[7]!);
      }
      return hasIpv6(
        words[0]! * 65536 + words[1]!,
        words[2]! * 65536 + words[3]!,
        words[4]! * 65536 + words[5]!,
        words[6]! * 65536 + words[7]!,
      );
    }
    // Unusual spellings (brackets, uppercase embedded forms…) go through the strict parser once.
    const parsed = parseIpAddress(ip);
    if (!parsed.ok || parsed.value.address === ip) return false;
    return has(parsed.value.address);
  }

  return {
    rules,
    rangeCount: n4 + n6,
    byteLength: s4.byteLength + e4.byteLength + s6.byteLength + e6.byteLength,
    has,
    hasIpv4,
    hasIpv6,
    // From the typed arrays: the intermediate interval lists are not kept alive.
    ranges: () => ({
      ipv4: Array.from({ length: n4 }, (_, k) => [v4ToString(s4[k]!), v4ToString(e4[k]!)]),
      ipv6: Array.from({ length: n6 }, (_, k) => [v6ToString(s6, k), v6ToString(e6, k)]),
    }),
  };
}
