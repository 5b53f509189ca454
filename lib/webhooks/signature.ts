import crypto from 'node:crypto';

// The documented signature (README "Webhooks"; scripts/verify-webhook-signature.mjs):
//   Trust-Center-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
// The timestamp is signed with the body, so a captured request cannot be replayed after the tolerance.

export const SIGNATURE_HEADER = 'Trust-Center-Signature';
export const EVENT_HEADER = 'Trust-Center-Event';
export const DELIVERY_HEADER = 'Trust-Center-Delivery';
export const TOLERANCE_SECONDS = 300;

export function computeSignature(secret: string, timestamp: number, body: string): string {
  return crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

export function signatureHeader(secret: string, body: string, now = new Date()): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${computeSignature(secret, t, body)}`;
}

export type VerifyResult = { ok: true } | { ok: false; reason: 'malformed' | 'too-old' | 'mismatch' };

/** What a receiver does; kept here so the tests check the procedure the README documents. */
export function verifySignature(
  header: string,
  body: string,
  secret: string,
  opts: { now?: Date; toleranceSeconds?: number } = {},
): VerifyResult {
  const parts = Object.fromEntries(header.split(',').map((p) => p.trim().split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || !/^[0-9a-f]{64}$/.test(parts.v1)) return { ok: false, reason: 'malformed' };
  const now = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - t) > (opts.toleranceSeconds ?? TOLERANCE_SECONDS)) return { ok: false, reason: 'too-old' };
  const expected = Buffer.from(computeSignature(secret, t, body), 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return crypto.timingSafeEqual(expected, given) ? { ok: true } : { ok: false, reason: 'mismatch' };
}
