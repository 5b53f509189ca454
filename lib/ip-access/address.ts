// Parsing and validation of IP addresses and CIDR ranges for the allowlists, with messages precise
// enough to fix the input ("octet out of range", "prefix too long", host bits set → the network).
// Pure and dependency-light (ipaddr.js only): the forms use it for instant feedback, the server again.
//
// One address, one spelling: an IPv4-mapped IPv6 address (::ffff:a.b.c.d) IS the IPv4 address it
// carries, both in rules (::ffff:a.b.c.d/(96+n) becomes a.b.c.d/n) and in the addresses checked.
import ipaddr from 'ipaddr.js';

export type IpVersion = 4 | 6;

export interface IpNetwork {
  version: IpVersion;
  /** Canonical network with its prefix, e.g. 192.0.2.0/24, 2001:db8::/32, 192.0.2.7/32. */
  cidr: string;
  prefix: number;
  /** Set when the input was written as IPv4-mapped IPv6 and is stored as IPv4. */
  unmappedFrom?: string;
}

export interface IpAddress {
  version: IpVersion;
  /** Canonical address (IPv4 dotted quad, IPv6 RFC 5952). */
  address: string;
  unmappedFrom?: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; suggestion?: string };

const fail = (error: string, suggestion?: string): { ok: false; error: string; suggestion?: string } =>
  suggestion ? { ok: false, error, suggestion } : { ok: false, error };

type RawIp = { version: 4; ip: ipaddr.IPv4 } | { version: 6; ip: ipaddr.IPv6 };

/** Strict dotted quad: four decimal numbers 0–255, no leading zeros (some systems read those as octal). */
function parseIpv4Text(text: string): Parsed<ipaddr.IPv4> {
  const parts = text.split('.');
  if (parts.length !== 4) {
    return fail(
      `“${text}” has ${parts.length} part${parts.length === 1 ? '' : 's'}: an IPv4 address is four numbers separated by dots, like 192.0.2.10.`,
    );
  }
  const octets: number[] = [];
  for (const part of parts) {
    if (part === '')
      return fail(`“${text}” has an empty part: an IPv4 address is four numbers separated by dots, like 192.0.2.10.`);
    if (!/^\d+$/.test(part))
      return fail(`“${part}” is not a number: each part of an IPv4 address is a number from 0 to 255.`);
    if (part.length > 1 && part.startsWith('0')) {
      return fail(
        `“${part}” has a leading zero, which some systems read as octal: write ${Number.parseInt(part, 10)}.`,
      );
    }
    const value = Number(part);
    if (value > 255) return fail(`Octet out of range: ${part} is larger than 255 (each of the four numbers is 0–255).`);
    octets.push(value);
  }
  return { ok: true, value: new ipaddr.IPv4(octets) };
}

function parseIpv6Text(text: string): Parsed<ipaddr.IPv6> {
  if (text.includes('%'))
    return fail('Zone indexes (like %eth0) are not allowed: they only mean something on one machine.');
  if (text.includes(':::')) return fail(`“${text}” has three colons in a row: use “::” once for a run of zero groups.`);
  const doubles = text.split('::').length - 1;
  if (doubles > 1) return fail(`“::” may appear only once in an IPv6 address; “${text}” has it ${doubles} times.`);
  if (/^:[^:]/.test(text) || /[^:]:$/.test(text)) return fail(`“${text}” starts or ends with a single colon.`);
  const groups = text.split(/::?/).filter((g) => g !== '');
  let count = 0;
  for (const [i, group] of groups.entries()) {
    if (group.includes('.')) {
      if (i !== groups.length - 1) return fail(`An embedded IPv4 address may only come last in an IPv6 address.`);
      const v4 = parseIpv4Text(group);
      if (!v4.ok) return v4;
      count += 2;
      continue;
    }
    if (!/^[0-9a-fA-F]+$/.test(group)) {
      const bad = /[^0-9a-fA-F]/.exec(group)![0];
      return fail(`“${bad}” is not a hexadecimal digit: IPv6 groups use 0–9 and a–f.`);
    }
    if (group.length > 4) return fail(`Group “${group}” has more than four hexadecimal digits.`);
    count += 1;
  }
  if (doubles === 0 && count !== 8) {
    return fail(`“${text}” has ${count} groups: an IPv6 address has eight, or uses “::” for a run of zero groups.`);
  }
  if (doubles === 1 && count > 7)
    return fail(`“${text}” has too many groups for an IPv6 address (at most eight, and “::” stands for at least one).`);
  if (!ipaddr.IPv6.isValid(text)) return fail(`“${text}” is not a valid IPv6 address.`);
  return { ok: true, value: ipaddr.IPv6.parse(text) };
}

function parseIpText(text: string): Parsed<RawIp> {
  if (text.includes(':')) {
    const r = parseIpv6Text(text);
    return r.ok ? { ok: true, value: { version: 6, ip: r.value } } : r;
  }
  // Digits and dots, or something shaped like a dotted quad with a typo in it.
  if (/^[0-9.]+$/.test(text) || /^\d+\.\d+\.\d+\.[^.]*$/.test(text)) {
    const r = parseIpv4Text(text);
    return r.ok ? { ok: true, value: { version: 4, ip: r.value } } : r;
  }
  if (/[a-z]/i.test(text) && text.includes('.')) {
    return fail(`“${text}” looks like a host name: enter its IP address instead (names can change where they point).`);
  }
  return fail(
    `“${text}” is not an IP address. Enter an IPv4 address like 192.0.2.10, an IPv6 address like 2001:db8::1, or a range like 192.0.2.0/24.`,
  );
}

export function formatIp(ip: ipaddr.IPv4 | ipaddr.IPv6): string {
  return ip.kind() === 'ipv4' ? ip.toString() : (ip as ipaddr.IPv6).toRFC5952String();
}

/** The network address of `ip` with `prefix` leading bits kept. */
function maskTo(ip: ipaddr.IPv4 | ipaddr.IPv6, prefix: number): ipaddr.IPv4 | ipaddr.IPv6 {
  const bytes = ip.toByteArray();
  for (let i = 0; i < bytes.length; i++) {
    const keep = Math.max(0, Math.min(8, prefix - i * 8));
    bytes[i] = bytes[i]! & ((0xff << (8 - keep)) & 0xff);
  }
  return ipaddr.fromByteArray(bytes);
}

/** One allowlist entry: an address (a /32 or /128) or a network in CIDR notation. */
export function parseIpNetwork(raw: string): Parsed<IpNetwork> {
  const text = raw.trim();
  if (!text) return fail('Enter an IP address, or a range in CIDR notation like 192.0.2.0/24.');
  if (/\s/.test(text)) return fail('Enter one address or range, without spaces.');
  const pieces = text.split('/');
  if (pieces.length > 2) return fail('Only one “/” is allowed, followed by the prefix length, like 192.0.2.0/24.');
  const [addrText, prefixText] = pieces as [string, string | undefined];
  const parsed = parseIpText(addrText);
  if (!parsed.ok) return parsed;
  let { ip } = parsed.value;
  const bits = parsed.value.version === 4 ? 32 : 128;
  let prefix = bits;
  if (prefixText !== undefined) {
    if (prefixText === '') return fail('Add the prefix length after the “/”, like /24.');
    if (!/^\d+$/.test(prefixText))
      return fail(`The prefix after “/” must be a whole number, like /24; “${prefixText}” is not.`);
    prefix = Number(prefixText);
    if (prefix > bits) {
      return fail(
        `Prefix too long: /${prefix} is more than the ${bits} bits of an IPv${parsed.value.version} address (use /0 to /${bits}).`,
      );
    }
  }
  let unmappedFrom: string | undefined;
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress() && prefix >= 96) {
    unmappedFrom = text;
    ip = (ip as ipaddr.IPv6).toIPv4Address();
    prefix -= 96;
  }
  const network = maskTo(ip, prefix);
  const cidr = `${formatIp(network)}/${prefix}`;
  if (formatIp(network) !== formatIp(ip)) {
    return fail(
      `Host bits set: ${text} is an address inside the network ${displayNetwork(cidr)}, not the network itself. Use ${displayNetwork(cidr)} for the whole network, or drop the /${prefixText} for this one address.`,
      cidr,
    );
  }
  const version: IpVersion = network.kind() === 'ipv4' ? 4 : 6;
  return { ok: true, value: unmappedFrom ? { version, cidr, prefix, unmappedFrom } : { version, cidr, prefix } };
}

/** A single address to check (the "test an address" tool, the API's check endpoint). */
export function parseIpAddress(raw: string): Parsed<IpAddress> {
  const text = raw.trim().replace(/^\[(.*)\]$/, '$1');
  if (!text) return fail('Enter an IP address, like 192.0.2.10 or 2001:db8::1.');
  if (text.includes('/')) return fail('Enter a single address, not a range.');
  const parsed = parseIpText(text);
  if (!parsed.ok) return parsed;
  const { ip } = parsed.value;
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) {
    return {
      ok: true,
      value: { version: 4, address: (ip as ipaddr.IPv6).toIPv4Address().toString(), unmappedFrom: text },
    };
  }
  return { ok: true, value: { version: parsed.value.version, address: formatIp(ip) } };
}

/** 192.0.2.7/32 → 192.0.2.7; networks keep their prefix. */
export function displayNetwork(cidr: string): string {
  return cidr.replace(/\/(32)$/, (m) => (cidr.includes(':') ? m : '')).replace(/\/128$/, '');
}

/** First and last address of a canonical CIDR, for explanations. */
export function networkBounds(cidr: string): { first: string; last: string } {
  const [ip, prefix] = ipaddr.parseCIDR(cidr);
  const bytes = ip.toByteArray();
  for (let i = 0; i < bytes.length; i++) {
    const keep = Math.max(0, Math.min(8, prefix - i * 8));
    bytes[i] = bytes[i]! | (0xff >> keep);
  }
  return { first: formatIp(ip), last: formatIp(ipaddr.fromByteArray(bytes)) };
}
