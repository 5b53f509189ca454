import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { getConfig } from '@/lib/config';

// Where a webhook may point (SSRF): https to a public address. Outside production, http://localhost and
// 127.0.0.1 are allowed too, for local receivers. Names are checked again at send time, on the address
// actually connected to, so a name that later resolves to an internal address is refused then.

export const allowsLocalTargets = () => !getConfig().isProduction;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Public unicast only: private, loopback, link-local, CGNAT, multicast, reserved… are all refused. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** A message for the form, or null when the URL is acceptable (DNS is checked at send time). */
export function targetProblem(raw: string, allowLocal = allowsLocalTargets()): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Enter a full address starting with https://, like https://example.com/hooks/trust.';
  }
  if (url.username || url.password)
    return 'Leave credentials out of the address; verify requests with the signature instead.';
  const local = LOCAL_HOSTS.has(url.hostname);
  if (local && allowLocal)
    return url.protocol === 'https:' || url.protocol === 'http:' ? null : 'Use an https:// address.';
  if (url.protocol !== 'https:') return 'Use an https:// address: events are sent only over an encrypted connection.';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (
    local ||
    host.endsWith('.localhost') ||
    (net.isIP(host) && !isPublicAddress(host)) ||
    (!net.isIP(host) && !host.includes('.'))
  ) {
    return 'That address points into a private network. Use a public https:// address.';
  }
  return null;
}

/**
 * At registration, in production: the name must resolve, and only to public addresses. (The same check
 * runs again on every send, on the address connected to, since DNS answers can change.)
 */
export async function resolvedTargetProblem(
  raw: string,
  opts: { allowLocal?: boolean; lookup?: (host: string) => Promise<{ address: string }[]> } = {},
): Promise<string | null> {
  if (opts.allowLocal ?? allowsLocalTargets()) return null;
  const lookup = opts.lookup ?? ((h: string) => dns.promises.lookup(h, { all: true }));
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host)) return null;
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host);
  } catch {
    return `We could not find ${host}. Check the address, or register the endpoint once its DNS name exists.`;
  }
  return addresses.every((a) => isPublicAddress(a.address))
    ? null
    : 'That address points into a private network. Use a public https:// address.';
}

/** dns.lookup that refuses internal addresses (the check happens on what we connect to). */
export function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 4);
      const list = addresses as dns.LookupAddress[];
      if (!allowPrivate && list.some((a) => !isPublicAddress(a.address))) {
        return callback(new Error(`${hostname} resolves to a private address`), '', 4);
      }
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

export interface PostResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** POSTs a JSON body; never throws. A redirect is not followed (it counts as a failure). */
export function postJson(
  rawUrl: string,
  body: string,
  headers: Record<string, string>,
  opts: { timeoutMs: number },
): Promise<PostResult> {
  const started = performance.now();
  const done = (statusCode: number | null, error: string | null): PostResult => ({
    statusCode,
    error,
    durationMs: Math.round(performance.now() - started),
  });
  const problem = targetProblem(rawUrl);
  if (problem) return Promise.resolve(done(null, problem));
  const url = new URL(rawUrl);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': String(Buffer.byteLength(body)),
          'User-Agent': 'TrustCenter-Webhooks/1',
          ...headers,
        },
        lookup: guardedLookup(allowsLocalTargets()),
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(done(res.statusCode ?? null, null)));
        res.on('error', (e) => resolve(done(res.statusCode ?? null, e.message)));
      },
    );
    // The whole exchange, not just socket idleness, must finish in time.
    const timer = setTimeout(
      () => req.destroy(new Error(`no answer within ${opts.timeoutMs / 1000} s`)),
      opts.timeoutMs,
    );
    req.on('close', () => clearTimeout(timer));
    req.on('error', (e) => resolve(done(null, e.message || 'connection failed')));
    req.end(body);
  });
}
