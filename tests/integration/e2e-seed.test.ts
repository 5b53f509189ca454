// The e2e suite's seeding endpoint (POST /api/test/seed, lib/testing/e2e-seed.ts) exists only on the
// throwaway e2e test server: a deployment refuses to start with its token, and without the token (or with
// a wrong one) the route answers 404 like a path that never existed.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/test/seed/route';
import { verifyPassword } from '@/lib/auth/password-hash';
import { ConfigError, parseConfig, resetConfigForTests } from '@/lib/config';
import { db } from '@/lib/db';
import { mayE2eSeed, seedE2eOrganization } from '@/lib/testing/e2e-seed';

const TOKEN = 'e2e-seed-token-for-this-test-0123456789';
const PASSWORD = 'a seeded password 2026';

afterAll(() => resetConfigForTests());

const post = (authorization?: string) =>
  POST(
    new Request('http://localhost/api/test/seed', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ password: PASSWORD }),
    }),
  );

describe('e2e seeding exists only on the e2e test server', () => {
  it('a deployment refuses to start with E2E_SEED_TOKEN: PostgreSQL, or an embedded database outside .test-data/', () => {
    const refused = (env: Record<string, string>) => {
      try {
        parseConfig({ NODE_ENV: 'production', E2E_SEED_TOKEN: TOKEN, ...env });
        return undefined;
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as ConfigError).problems.join('\n');
      }
    };
    expect(refused({ DATA_DIR: '.data' })).toMatch(/^E2E_SEED_TOKEN: is for the end-to-end test server only/m);
    expect(refused({ DATA_DIR: '/var/lib/trust-center' })).toMatch(/E2E_SEED_TOKEN/);
    expect(
      refused({
        DATA_DIR: '.test-data/e2e-1',
        DATABASE_URL: 'postgres://u:p@db:5432/trust',
        AUTH_SECRET: 'x'.repeat(32),
      }),
    ).toMatch(/E2E_SEED_TOKEN/);
    expect(refused({ DATA_DIR: '.test-data/e2e-1', E2E_SEED_TOKEN: 'short' })).toMatch(
      /E2E_SEED_TOKEN: must be at least 32/,
    );
    // The e2e server: a production build over the embedded database in .test-data/.
    expect(
      parseConfig({ NODE_ENV: 'production', E2E_SEED_TOKEN: TOKEN, DATA_DIR: path.join('.test-data', 'e2e-1') })
        .e2eSeedToken,
    ).toBe(TOKEN);
    expect(parseConfig({ NODE_ENV: 'production', DATA_DIR: '.data' }).e2eSeedToken).toBeUndefined();
  });

  it('without the token configured the route answers 404, with or without a bearer, and creates nothing', async () => {
    resetConfigForTests();
    const before = await db().organization.count();
    for (const res of [await post(), await post(`Bearer ${TOKEN}`)]) {
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: 'Not found.', code: 'NOT_FOUND' });
    }
    expect(await db().organization.count()).toBe(before);
  });

  it('only the configured bearer token is accepted', () => {
    const config = { e2eSeedToken: TOKEN };
    expect(mayE2eSeed(`Bearer ${TOKEN}`, config)).toBe(true);
    expect(mayE2eSeed(`Bearer ${TOKEN}x`, config)).toBe(false);
    expect(mayE2eSeed(TOKEN, config)).toBe(false);
    expect(mayE2eSeed(null, config)).toBe(false);
    expect(mayE2eSeed(`Bearer ${TOKEN}`, { e2eSeedToken: undefined })).toBe(false);
  });
});

describe('seedE2eOrganization', () => {
  it('creates a fresh customer organization with an owner, an admin and a member who can sign in', async () => {
    const a = await seedE2eOrganization({ label: 'auth spec', password: PASSWORD });
    const b = await seedE2eOrganization({ label: 'auth spec', password: PASSWORD, roles: ['owner'] });
    expect(a.organization.slug).not.toBe(b.organization.slug);
    expect(Object.keys(a.users).sort()).toEqual(['admin', 'member', 'owner']);
    expect(Object.keys(b.users)).toEqual(['owner']);
    const org = await db().organization.findUniqueOrThrow({
      where: { id: a.organization.id },
      include: { memberships: { include: { user: true } } },
    });
    expect(org.kind).toBe('CUSTOMER');
    expect(org.memberships.map((m) => `${m.role}:${m.user.email}`).sort()).toEqual(
      ['admin', 'member', 'owner'].map((r) => `${r}:${a.users[r as 'owner']!.email}`),
    );
    expect(await verifyPassword(org.memberships[0]!.user.passwordHash!, PASSWORD)).toBe(true);
    expect(await db().ipAccessRule.count({ where: { organizationId: a.organization.id } })).toBe(0);
  });

  it('copies the demo example IP rules when asked', async () => {
    const seeded = await seedE2eOrganization({ password: PASSWORD, roles: ['owner'], exampleIpRules: true });
    const rules = await db().ipAccessRule.findMany({
      where: { organizationId: seeded.organization.id },
      orderBy: { cidr: 'asc' },
    });
    expect(rules.map((r) => `${r.scope} ${r.cidr} ${r.label}`)).toEqual([
      'SMTP 2001:db8:6b::/48 Mail servers (example)',
      'SMTP 203.0.113.0/24 Office (example)',
    ]);
  });

  it('bad input is a VALIDATION error naming the field', async () => {
    await expect(seedE2eOrganization({ password: 'short' })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { password: expect.any(Array) },
    });
    await expect(seedE2eOrganization({ password: PASSWORD, roles: ['root'] })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });
});
