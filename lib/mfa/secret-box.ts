import crypto from 'node:crypto';
import { getMfaKeys, type MfaKey } from '@/lib/config';

// AES-256-GCM for secrets at rest (R11). The sealed form names its key, so keys can be rotated: the first
// configured key seals, any configured key opens. The additional data binds a ciphertext to its owner and
// key id, so a row copied onto another user (or relabelled to another key) fails to open.

const FORMAT = 'v1';

export interface Sealed {
  ciphertext: string;
  keyId: string;
}

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

const additionalData = (context: string, keyId: string) => Buffer.from(`${context}|${keyId}`, 'utf8');

export function seal(plaintext: Uint8Array, context: string, keys: MfaKey[] = getMfaKeys()): Sealed {
  const current = keys[0];
  if (!current) throw new SecretBoxError('No encryption key is configured.');
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', current.key, iv);
  cipher.setAAD(additionalData(context, current.id));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const tag = cipher.getAuthTag();
  return {
    keyId: current.id,
    ciphertext: [FORMAT, iv.toString('base64url'), body.toString('base64url'), tag.toString('base64url')].join('.'),
  };
}

export function open(sealed: Sealed, context: string, keys: MfaKey[] = getMfaKeys()): Buffer {
  const key = keys.find((k) => k.id === sealed.keyId);
  if (!key) throw new SecretBoxError(`Encryption key "${sealed.keyId}" is not configured (MFA_ENCRYPTION_KEYS).`);
  const [format, iv, body, tag] = sealed.ciphertext.split('.');
  if (format !== FORMAT || !iv || body === undefined || !tag) throw new SecretBoxError('Unrecognised ciphertext.');
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(additionalData(context, sealed.keyId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
  } catch {
    throw new SecretBoxError('Ciphertext failed authentication.');
  }
}

/** True when the secret was sealed with a key other than the current (first) one. */
export function needsResealing(sealed: Pick<Sealed, 'keyId'>, keys: MfaKey[] = getMfaKeys()): boolean {
  return sealed.keyId !== keys[0]?.id;
}
