import crypto from 'node:crypto';
import { getAuditSigningKeyPem } from '@/lib/config';

// Ed25519 signatures over audit checkpoints. What is signed is the canonical JSON (keys sorted at every
// level, as the hash chain does) of a statement without its `signature` field; the offline verifier
// (scripts/verify-audit-export.mjs) rebuilds exactly these bytes with nothing but Node.js.

export interface AuditSigner {
  /** First 16 hex digits of SHA-256 over the public key's SPKI DER: names the key in every statement. */
  keyId: string;
  publicKeyPem: string;
  privateKey: crypto.KeyObject;
}

let cached: { pem: string; signer: AuditSigner } | undefined;

export function auditSigner(): AuditSigner {
  const pem = getAuditSigningKeyPem();
  if (cached?.pem === pem) return cached.signer;
  const privateKey = crypto.createPrivateKey(pem);
  const publicKey = crypto.createPublicKey(privateKey);
  const der = publicKey.export({ format: 'der', type: 'spki' });
  const signer = {
    keyId: crypto.createHash('sha256').update(der).digest('hex').slice(0, 16),
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    privateKey,
  };
  cached = { pem, signer };
  return signer;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(obj)
        .sort()
        .map((k) => [k, sortKeys(obj[k])]),
    );
  }
  return value;
}

/** The bytes a statement's signature covers: canonical JSON of everything but `signature`. */
export function signedText(statement: Record<string, unknown>): string {
  const { signature: _ignored, ...rest } = statement;
  return JSON.stringify(sortKeys(rest));
}

export type Signed<T> = T & { keyId: string; signature: string };

/** Adds the key id and an Ed25519 signature (base64) to a statement. */
export function signStatement<T extends Record<string, unknown>>(statement: T): Signed<T> {
  const signer = auditSigner();
  const withKey = { ...statement, keyId: signer.keyId };
  const signature = crypto.sign(null, Buffer.from(signedText(withKey)), signer.privateKey).toString('base64');
  return { ...withKey, signature };
}

/** True when `statement.signature` is a valid signature of the statement under `publicKeyPem` (default: ours). */
export function verifyStatement(
  statement: Record<string, unknown>,
  publicKeyPem = auditSigner().publicKeyPem,
): boolean {
  if (typeof statement.signature !== 'string') return false;
  try {
    return crypto.verify(
      null,
      Buffer.from(signedText(statement)),
      publicKeyPem,
      Buffer.from(statement.signature, 'base64'),
    );
  } catch {
    return false;
  }
}
