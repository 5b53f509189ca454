// Secrets the zero-setup embedded mode creates once under the data directory when the environment does not
// give them (AUTH_SECRET, MFA_ENCRYPTION_KEYS, AUDIT_SIGNING_KEY): files with mode 0600, never logged.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getConfig } from './current';
import { parseAuditSigningKey, parseMfaKeys, type MfaKey } from './keys';
import { ConfigError } from './schema';

/**
 * The signing secret: AUTH_SECRET, or — for the zero-setup embedded mode — a random one created once
 * under the data directory, so sessions survive restarts without any configuration.
 */
export function getAuthSecret(): string {
  const cfg = getConfig();
  if (cfg.authSecret) return cfg.authSecret;
  const file = path.join(cfg.dataDir, 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(cfg.dataDir, { recursive: true });
    const secret = crypto.randomBytes(32).toString('base64url');
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  }
}

/**
 * The keys for TOTP secrets: MFA_ENCRYPTION_KEYS, or — in the zero-setup embedded mode — one random key
 * created once under the data directory (like the auth secret). Never logged.
 */
export function getMfaKeys(): MfaKey[] {
  const cfg = getConfig();
  if (cfg.mfaEncryptionKeys) return cfg.mfaEncryptionKeys;
  const file = path.join(cfg.dataDir, 'mfa-keys');
  const read = () => {
    const parsed = parseMfaKeys(fs.readFileSync(file, 'utf8'));
    if (parsed.problems.length) throw new ConfigError(parsed.problems.map((p) => `${file}: ${p}`));
    return parsed.keys;
  };
  try {
    return read();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    fs.mkdirSync(cfg.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, `local1:${crypto.randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (writeErr) {
      // Another process created it first: use theirs.
      if ((writeErr as NodeJS.ErrnoException).code !== 'EEXIST') throw writeErr;
    }
    return read();
  }
}

/**
 * The key that signs audit checkpoints: AUDIT_SIGNING_KEY, or — in the zero-setup embedded mode — an
 * Ed25519 key created once under the data directory (like the MFA keys). Never logged.
 */
export function getAuditSigningKeyPem(): string {
  const cfg = getConfig();
  if (cfg.auditSigningKey) return cfg.auditSigningKey;
  const file = path.join(cfg.dataDir, 'audit-signing-key.pem');
  const read = () => {
    const parsed = parseAuditSigningKey(fs.readFileSync(file, 'utf8'));
    if ('problem' in parsed) throw new ConfigError([`${file}: ${parsed.problem}`]);
    return parsed.pem;
  };
  try {
    return read();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    fs.mkdirSync(cfg.dataDir, { recursive: true });
    const { privateKey } = crypto.generateKeyPairSync('ed25519');
    try {
      fs.writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
    } catch (writeErr) {
      // Another process created it first: use theirs.
      if ((writeErr as NodeJS.ErrnoException).code !== 'EEXIST') throw writeErr;
    }
    return read();
  }
}
