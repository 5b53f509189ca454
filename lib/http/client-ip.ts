// The client address for rate limits, IP access rules and audit (R26). The socket peer is the truth;
// X-Forwarded-For is believed only hop by hop from the right while the hop is a configured proxy.
import ipaddr from 'ipaddr.js';

export type ParsedCidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** Unmaps ::ffff:a.b.c.d so one address has one spelling everywhere. */
export function normalizeIp(raw: string): string | null {
  const value = raw.trim().replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(value)) return null;
  const addr = ipaddr.process(value);
  return addr.toString();
}

export function parseTrustedProxies(list: string[]): ParsedCidr[] {
  return list.map((entry) => {
    if (entry.includes('/')) return ipaddr.parseCIDR(entry);
    const addr = ipaddr.process(entry);
    return [addr, addr.kind() === 'ipv4' ? 32 : 128] as ParsedCidr;
  });
}

function isTrusted(ip: string, trusted: ParsedCidr[]): boolean {
  const addr = ipaddr.process(ip);
  return trusted.some(([range, bits]) => range.kind() === addr.kind() && addr.match(range, bits));
}

export function resolveClientIp(input: {
  peer: string | null | undefined;
  forwardedFor: string | null | undefined;
  trustedProxies: ParsedCidr[];
}): string | null {
  const peer = input.peer ? normalizeIp(input.peer) : null;
  if (!peer) return null;
  if (!input.trustedProxies.length || !isTrusted(peer, input.trustedProxies)) return peer;
  const hops = (input.forwardedFor ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeIp(hops[i]!);
    // A malformed hop means whatever lies left of it was written by someone we cannot vouch for.
    if (!hop) return client;
    client = hop;
    if (!isTrusted(hop, input.trustedProxies)) return hop;
  }
  return client;
}
