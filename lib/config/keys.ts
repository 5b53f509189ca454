// The two secrets given as text that need more than a regex: TOTP encryption keys and the audit signing
// key. Used by parseConfig (environment) and by ./local-secrets.ts (generated files in the data directory).
import crypto from 'node:crypto';

export interface MfaKey {
  id: string;
  key: Buffer;
}

/** MFA_ENCRYPTION_KEYS: `id:base64key` entries separated by commas; each key is 32 bytes (AES-256). */
export function parseMfaKeys(raw: string): { keys: MfaKey[]; problems: string[] } {
  const keys: MfaKey[] = [];
  const problems: string[] = [];
  for (const entry of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [id, b64, ...rest] = entry.split(':');
    if (!id || !b64 || rest.length || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) {
      problems.push('MFA_ENCRYPTION_KEYS: each entry must look like id:base64key (id of letters, digits, - or _)');
      continue;
    }
    const key = Buffer.from(b64, 'base64');
    if (key.length !== 32)
      problems.push(`MFA_ENCRYPTION_KEYS: key "${id}" must be 32 bytes encoded in base64 (openssl rand -base64 32)`);
    else if (keys.some((k) => k.id === id)) problems.push(`MFA_ENCRYPTION_KEYS: key id "${id}" appears twice`);
    else keys.push({ id, key });
  }
  if (!problems.length && !keys.length) problems.push('MFA_ENCRYPTION_KEYS: lists no key');
  return { keys, problems };
}

/**
 * AUDIT_SIGNING_KEY: an Ed25519 private key, as PEM (newlines may be written as \n) or as base64 of that PEM
 * or of its PKCS#8 DER (`openssl genpkey -algorithm ed25519 | base64 -w0`). Returns the key as PEM.
 */
export function parseAuditSigningKey(raw: string): { pem: string } | { problem: string } {
  const text = raw.trim().replace(/\\n/g, '\n');
  const candidates: (string | Buffer)[] = [text];
  if (!text.includes('-----BEGIN')) {
    const bytes = Buffer.from(text, 'base64');
    candidates.push(bytes.toString('utf8'), bytes);
  }
  for (const candidate of candidates) {
    try {
      const key =
        typeof candidate === 'string'
          ? crypto.createPrivateKey(candidate)
          : crypto.createPrivateKey({ key: candidate, format: 'der', type: 'pkcs8' });
      if (key.asymmetricKeyType !== 'ed25519')
        return {
          problem: `must be an Ed25519 key, not ${key.asymmetricKeyType ?? 'this kind of key'} (openssl genpkey -algorithm ed25519)`,
        };
      return { pem: key.export({ format: 'pem', type: 'pkcs8' }).toString() };
    } catch {
      // try the next reading
    }
  }
  return {
    problem: 'must be an Ed25519 private key in PEM, or its base64 (openssl genpkey -algorithm ed25519 | base64 -w0)',
  };
}
