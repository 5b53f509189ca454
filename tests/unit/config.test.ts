import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '@/lib/config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

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
    const problems = problemsOf({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/trust', MFA_ENCRYPTION_KEYS: `k1:${'A'.repeat(43)}=`, SMTP_URL: 'smtp://mail.internal' });
    expect(problems).toEqual([expect.stringMatching(/^AUTH_SECRET: is required in production/)]);
    expect(problemsOf({ AUTH_SECRET: 'short' })).toEqual(['AUTH_SECRET: must be at least 32 characters']);
  });

  it('treats empty strings as unset, as .env files often write them', () => {
    expect(parseConfig({ DATABASE_URL: '', PORT: '' }).database.kind).toBe('embedded');
  });

  it('the error message tells where to look', () => {
    expect(() => parseConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL[\s\S]*See \.env\.example/);
  });
});

describe('mail transport and shutdown settings (issue 21, findings 6 and 7)', () => {
  const PROD_PG = { NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db.internal/trust', AUTH_SECRET: 'x'.repeat(32), MFA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}` };

  it('MAIL_TRANSPORT defaults to log without SMTP_URL (the local outbox) and to smtp with it', () => {
    expect(parseConfig({}).mailTransport).toBe('log');
    expect(parseConfig({ NODE_ENV: 'production' }).mailTransport).toBe('log'); // npm start on the embedded database
    expect(parseConfig({ SMTP_URL: 'smtp://mail.internal:25' }).mailTransport).toBe('smtp');
    expect(parseConfig({ SMTP_URL: 'smtp://mail.internal:25', MAIL_TRANSPORT: 'log' }).mailTransport).toBe('log');
  });

  it('refuses to start in production with DATABASE_URL and no SMTP_URL, saying why', () => {
    expect(problemsOf(PROD_PG)).toEqual([expect.stringMatching(/^SMTP_URL: is required in production with DATABASE_URL/)]);
    expect(parseConfig({ ...PROD_PG, SMTP_URL: 'smtp://mail.internal:25' }).mailTransport).toBe('smtp');
  });

  it('MAIL_TRANSPORT=smtp without SMTP_URL, or an unknown transport, is named', () => {
    expect(problemsOf({ MAIL_TRANSPORT: 'smtp' })).toEqual([expect.stringMatching(/^MAIL_TRANSPORT: smtp needs SMTP_URL/)]);
    expect(problemsOf({ MAIL_TRANSPORT: 'pigeon' })).toEqual(['MAIL_TRANSPORT: must be log or smtp']);
  });

  it('SHUTDOWN_TIMEOUT_SECONDS defaults to 25 and must be a whole number of seconds', () => {
    expect(parseConfig({}).shutdownTimeoutSeconds).toBe(25);
    expect(parseConfig({ SHUTDOWN_TIMEOUT_SECONDS: '5' }).shutdownTimeoutSeconds).toBe(5);
    expect(problemsOf({ SHUTDOWN_TIMEOUT_SECONDS: '0' })).toEqual(['SHUTDOWN_TIMEOUT_SECONDS: must be at least 1']);
  });
});
