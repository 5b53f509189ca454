// A spec's own customer organization, from the test server's seeding endpoint (POST /api/test/seed,
// lib/testing/e2e-seed.ts): specs that change accounts (passwords, factors, IP rules, roles, sessions) work
// on these instead of the shared demo users, so they restore nothing and can run beside other specs.
import { request } from '@playwright/test';

/** The password of every seeded user. */
export const SEED_PASSWORD = 'an e2e seeded passphrase 2026';

export interface SeededUser {
  email: string;
  name: string;
  role: string;
}
export interface SeededOrganization {
  organization: { id: string; slug: string; name: string };
  owner: SeededUser;
  admin: SeededUser;
  member: SeededUser;
}

/** A fresh organization with an owner, an admin and a member, all with SEED_PASSWORD. */
export async function seedOrganization(
  label: string,
  opts: { exampleIpRules?: boolean } = {},
): Promise<SeededOrganization> {
  const token = process.env.E2E_SEED_TOKEN;
  if (!token) throw new Error('E2E_SEED_TOKEN is not set: run the specs through playwright.config.ts');
  // Its own request context: usable from beforeAll, where the test-scoped `request` fixture is not.
  const api = await request.newContext({ baseURL: `http://localhost:${process.env.E2E_PORT ?? 3100}` });
  try {
    const res = await api.post('/api/test/seed', {
      headers: { Authorization: `Bearer ${token}` },
      data: { label, password: SEED_PASSWORD, ...opts },
    });
    if (res.status() !== 201) throw new Error(`seeding failed: ${res.status()} ${await res.text()}`);
    const body = (await res.json()) as {
      organization: SeededOrganization['organization'];
      users: Record<'owner' | 'admin' | 'member', SeededUser>;
    };
    return { organization: body.organization, ...body.users };
  } finally {
    await api.dispose();
  }
}

/** For building a RegExp from a name or an email. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
