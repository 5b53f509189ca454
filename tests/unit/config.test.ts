import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, getAuditSigningKeyPem, parseConfig, resetConfigForTests } from '@/lib/config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

const ED25519_PEM = crypto
  .generateKeyPairSync('ed25519')
  .privateKey.export({ format: 'pem', type: 'pkcs8' })
  .toString();

describe('configuration', () => {
  it('starts with no variables at all, on the embedded database', () => {
    const cfg = parseConfig({});
    expect(cfg.database).toEqual({ kind: 'embedded', dataDir: expect.stringMatching(/\.data$/) });
    expect(cfg.port).toBe(3000);
    expect(cfg.appUrl.toString()).toBe('http://localhost:3000/');
    expect(cfg.passwordMinLength).toBe(12);
    expect(cfg.session).toEqual({ idleMinutes: 30, absoluteHours: 12 });
  });

  it('chooses PostgreSQL when DATABASE_URL is a postgres URL', () => {
    const cfg = parseConfig({ DATABASE_URL: 'postgres://u@db.internal:5432/trust' });
    expect(cfg.database).toEqual({ kind: 'postgres', url: 'postgres://u@db.internal:5432/trust' });
  });

  it('names the variable and the problem for an invalid DATABASE_URL', () => {
    const problems = problemsOf({ DATABASE_URL: 'mysql://localhost/x' });
    expect(problems).toEqual([expect.stringMatching(/^DATABASE_URL: must start with postgres:\/\//)]);
  });

  it('names every invalid variable at once', () => {
    const problems = problemsOf({ PORT: 'eighty', BRAND_PRIMARY_COLOR: 'blue', SESSION_IDLE_MINUTES: '1' });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/PORT: must be a whole number/);
    expect(problems.join('\n')).toMatch(/BRAND_PRIMARY_COLOR: must be a hex colour/);
    expect(problems.join('\n')).toMatch(/SESSION_IDLE_MINUTES: must be at least 5/);
  });

  it('rejects a port out of range and a relative APP_URL', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual(['PORT: must be at most 65535']);
    expect(problemsOf({ APP_URL: 'trust.example.com' })[0]).toMatch(/^APP_URL: must be an absolute URL/);
  });

  it('requires a shared AUTH_SECRET in production on PostgreSQL', () => {
    const problems = problemsOf({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/trust',
      MFA_ENCRYPTION_KEYS: `k1:${'A'.repeat(43)}=`,
      AUDIT_SIGNING_KEY: ED25519_PEM,
      SMTP_URL: 'smtp://mail.internal',
    });
    expect(problems).toEqual([expect.stringMatching(/^AUTH_SECRET: is required in production/)]);
    expect(problemsOf({ AUTH_SECRET: 'short' })).toEqual(['AUTH_SECRET: must be at least 32 characters']);
  });

  it('treats empty strings as unset, as .env files often write them', () => {
    expect(parseConfig({ DATABASE_URL: '', PORT: '' }).database.kind).toBe('embedded');
  });

  it('DEMO_DATA defaults to on with the embedded database and off with PostgreSQL; either can be overridden', () => {
    expect(parseConfig({}).demoData).toBe(true);
    expect(parseConfig({ DATABASE_URL: 'postgres://db/trust' }).demoData).toBe(false);
    expect(parseConfig({ DEMO_DATA: 'false' }).demoData).toBe(false);
    expect(parseConfig({ DATABASE_URL: 'postgres://db/trust', DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(problemsOf({ DEMO_DATA: 'maybe' })).toEqual(['DEMO_DATA: must be true or false']);
  });

  it('the error message tells where to look', () => {
    expect(() => parseConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL[\s\S]*See \.env\.example/);
  });

  it('AUDIT_SIGNING_KEY: required in production on PostgreSQL, an Ed25519 key as PEM (\\n allowed) or base64', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/trust',
      AUTH_SECRET: 'x'.repeat(40),
      MFA_ENCRYPTION_KEYS: `k1:${'A'.repeat(43)}=`,
      SMTP_URL: 'smtp://mail.internal',
    };
    expect(problemsOf(production)).toEqual([expect.stringMatching(/^AUDIT_SIGNING_KEY: is required in production/)]);
    expect(parseConfig({ ...production, AUDIT_SIGNING_KEY: ED25519_PEM }).auditSigningKey).toBe(ED25519_PEM);
    expect(parseConfig({ AUDIT_SIGNING_KEY: ED25519_PEM.replace(/\n/g, '\\n') }).auditSigningKey).toBe(ED25519_PEM);
    expect(parseConfig({ AUDIT_SIGNING_KEY: Buffer.from(ED25519_PEM).toString('base64') }).auditSigningKey).toBe(
      ED25519_PEM,
    );
    const rsa = crypto
      .generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();
    expect(problemsOf({ AUDIT_SIGNING_KEY: rsa })).toEqual([
      expect.stringMatching(/^AUDIT_SIGNING_KEY: must be an Ed25519 key, not rsa/),
    ]);
    expect(problemsOf({ AUDIT_SIGNING_KEY: 'not a key' })).toEqual([
      expect.stringMatching(/^AUDIT_SIGNING_KEY: must be an Ed25519 private key/),
    ]);
  });

  it('without AUDIT_SIGNING_KEY the embedded mode creates one signing key under DATA_DIR and keeps it', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-key-'));
    const saved = process.env.DATA_DIR;
    process.env.DATA_DIR = dataDir;
    resetConfigForTests();
    try {
      const first = getAuditSigningKeyPem();
      expect(crypto.createPrivateKey(first).asymmetricKeyType).toBe('ed25519');
      expect(fs.statSync(path.join(dataDir, 'audit-signing-key.pem')).mode & 0o777).toBe(0o600);
      expect(getAuditSigningKeyPem()).toBe(first);
    } finally {
      process.env.DATA_DIR = saved;
      resetConfigForTests();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('mail transport and shutdown settings (issue 21, findings 6 and 7)', () => {
  const PROD_PG = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://u@db.internal/trust',
    AUTH_SECRET: 'x'.repeat(32),
    MFA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
    AUDIT_SIGNING_KEY: ED25519_PEM,
  };

  it('MAIL_TRANSPORT defaults to log without SMTP_URL (the local outbox) and to smtp with it', () => {
    expect(parseConfig({}).mailTransport).toBe('log');
    expect(parseConfig({ NODE_ENV: 'production' }).mailTransport).toBe('log'); // npm start on the embedded database
    expect(parseConfig({ SMTP_URL: 'smtp://mail.internal:25' }).mailTransport).toBe('smtp');
    expect(parseConfig({ SMTP_URL: 'smtp://mail.internal:25', MAIL_TRANSPORT: 'log' }).mailTransport).toBe('log');
  });

  it('refuses to start in production with DATABASE_URL and no SMTP_URL, saying why', () => {
    expect(problemsOf(PROD_PG)).toEqual([
      expect.stringMatching(/^SMTP_URL: is required in production with DATABASE_URL/),
    ]);
    expect(parseConfig({ ...PROD_PG, SMTP_URL: 'smtp://mail.internal:25' }).mailTransport).toBe('smtp');
  });

  it('MAIL_TRANSPORT=smtp without SMTP_URL, or an unknown transport, is named', () => {
    expect(problemsOf({ MAIL_TRANSPORT: 'smtp' })).toEqual([
      expect.stringMatching(/^MAIL_TRANSPORT: smtp needs SMTP_URL/),
    ]);
    expect(problemsOf({ MAIL_TRANSPORT: 'pigeon' })).toEqual(['MAIL_TRANSPORT: must be log or smtp']);
  });

  it('SHUTDOWN_TIMEOUT_SECONDS defaults to 25 and must be a whole number of seconds', () => {
    expect(parseConfig({}).shutdownTimeoutSeconds).toBe(25);
    expect(parseConfig({ SHUTDOWN_TIMEOUT_SECONDS: '5' }).shutdownTimeoutSeconds).toBe(5);
    expect(problemsOf({ SHUTDOWN_TIMEOUT_SECONDS: '0' })).toEqual(['SHUTDOWN_TIMEOUT_SECONDS: must be at least 1']);
  });

  it('reads CONTENT_LOCALES, first = default; unset it is en,de with the demo data and en without', () => {
    expect(parseConfig({ CONTENT_LOCALES: 'de, en,fr' }).locales).toEqual({ list: ['de', 'en', 'fr'], default: 'de' });
    expect(parseConfig({}).locales.list).toEqual(['en', 'de']);
    expect(parseConfig({ DEMO_DATA: 'false' }).locales.list).toEqual(['en']);
    expect(parseConfig({ DATABASE_URL: 'postgres://u@db/x' }).locales.list).toEqual(['en']);
    expect(problemsOf({ CONTENT_LOCALES: 'en,../x' })).toEqual([
      expect.stringMatching(/^CONTENT_LOCALES: .*language tag/),
    ]);
    expect(problemsOf({ CONTENT_LOCALES: 'en,de,en' })).toEqual([expect.stringMatching(/^CONTENT_LOCALES: .*twice/)]);
  });
});
