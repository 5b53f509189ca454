import crypto from 'node:crypto';
import { getAuthSecret, getConfig } from '@/lib/config';

// Gated downloads go through short-lived URLs signed with HMAC-SHA256 over the document, the access
// request it belongs to and the expiry. The download route checks the signature, the expiry and then the
// grant again, so a leaked URL dies within minutes and a revoked grant stops it at once (R25, R28).

const sign = (payload: string) =>
  crypto.createHmac('sha256', `${getAuthSecret()}:document-download`).update(payload).digest('base64url');

export function signDownload(p: { documentId: string; requestId: string }, now = Date.now()): string {
  const exp = Math.floor(now / 1000) + getConfig().documents.linkTtlSeconds;
  const payload = `${p.documentId}.${p.requestId}.${exp}`;
  return `${payload}.${sign(payload)}`;
}

export type DownloadClaim = { documentId: string; requestId: string; expiresAt: Date };

/** null for a malformed, tampered or expired token. */
export function verifyDownload(token: string, now = Date.now()): DownloadClaim | null {
  const parts = token.split('.');
  if (parts.length !== 4) return null;
  const [documentId, requestId, exp, mac] = parts as [string, string, string, string];
  const expected = Buffer.from(sign(`${documentId}.${requestId}.${exp}`));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  const expSeconds = Number(exp);
  if (!Number.isInteger(expSeconds) || expSeconds * 1000 <= now) return null;
  return { documentId, requestId, expiresAt: new Date(expSeconds * 1000) };
}
