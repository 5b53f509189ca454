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
    const problems = problemsOf({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/trust', MFA_ENCRYPTION_KEYS: `k1:${'A'.repeat(43)}=` });
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
});
