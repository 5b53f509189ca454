import crypto from 'node:crypto';
import { getAuthSecret, getConfig } from '@/lib/config';

// Unsubscribe links need no stored token: an HMAC of the subscriber's id under the app secret proves the
// link came from one of our emails. It never expires (RFC 8058 expects a link in an old email to work).

export function unsubscribeToken(subscriberId: string): string {
  return crypto.createHmac('sha256', getAuthSecret()).update(`notice-unsubscribe:${subscriberId}`).digest('base64url');
}

export function isValidUnsubscribeToken(subscriberId: string, token: string): boolean {
  const expected = Buffer.from(unsubscribeToken(subscriberId));
  const given = Buffer.from(token);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

const query = (subscriberId: string) => `subscriber=${subscriberId}&token=${unsubscribeToken(subscriberId)}`;

/** The page with an "Unsubscribe" button (a GET must change nothing: mail scanners open links). */
export const unsubscribePageUrl = (subscriberId: string) =>
  new URL(`/subprocessors/unsubscribe?${query(subscriberId)}`, getConfig().appUrl).toString();

/** RFC 8058 one-click target: mail clients POST "List-Unsubscribe=One-Click" here. */
export const oneClickUnsubscribeUrl = (subscriberId: string) =>
  new URL(`/subprocessors/unsubscribe/one-click?${query(subscriberId)}`, getConfig().appUrl).toString();

export function listUnsubscribeHeaders(subscriberId: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${oneClickUnsubscribeUrl(subscriberId)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
