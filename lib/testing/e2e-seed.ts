// Test data for the end-to-end suite: each spec that changes accounts creates its own customer organization
// here instead of changing (and then restoring) the shared demo accounts, so specs can run in parallel.
// Exists only on the e2e test server: E2E_SEED_TOKEN set, which lib/config.ts accepts only with the
// embedded database under .test-data/. Anywhere else every request is answered 404, as for any unknown path.
import crypto from 'node:crypto';
import { z } from 'zod';
import { hashPassword } from '@/lib/auth/password-hash';
import { getConfig, type AppConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { DEMO_IP_RULES } from '@/lib/db/seed-data';
import { AppError } from '@/lib/errors';
import { cleanValue } from '@/lib/validation/input';
import { fieldErrorsFrom } from '@/lib/validation/action-input';

export const ZE2eSeedSchema = z.object({
  /** Words in the organization's name, so a failing spec's data is easy to find. */
  label: z
    .string()
    .trim()
    .regex(/^[\w .-]{1,40}$/, 'Letters, digits, spaces, dots or hyphens (at most 40).')
    .default('spec'),
  password: z.string().min(12).max(200),
  /** Roles to create, one user each (owner, admin, member by default). */
  roles: z
    .array(z.enum(['owner', 'admin', 'member']))
    .min(1)
    .max(3)
    .default(['owner', 'admin', 'member']),
  /** Copy the demo Globex's example IP rules (lib/db/seed-data.ts), for specs written against that list. */
  exampleIpRules: z.boolean().default(false),
});
export type TE2eSeed = z.input<typeof ZE2eSeedSchema>;

export interface E2eSeedUser {
  email: string;
  name: string;
  role: string;
}
export interface E2eSeedDTO {
  organization: { id: string; slug: string; name: string };
  users: Partial<Record<'owner' | 'admin' | 'member', E2eSeedUser>>;
}

const NAMES = { owner: 'Olive Owner', admin: 'Abel Admin', member: 'Milo Member' } as const;

/** True only when this server may seed and the bearer token is the configured one (constant time). */
export function mayE2eSeed(
  authorization: string | null,
  config: Pick<AppConfig, 'e2eSeedToken'> = getConfig(),
): boolean {
  const expected = config.e2eSeedToken;
  if (!expected || !authorization?.startsWith('Bearer ')) return false;
  const given = Buffer.from(authorization.slice('Bearer '.length));
  const want = Buffer.from(expected);
  return given.length === want.length && crypto.timingSafeEqual(given, want);
}

/** A fresh customer organization with one active user per role, all with the given password. */
export async function seedE2eOrganization(raw: unknown): Promise<E2eSeedDTO> {
  const parsed = ZE2eSeedSchema.safeParse(cleanValue(raw));
  if (!parsed.success) throw new AppError('VALIDATION', undefined, fieldErrorsFrom(parsed.error));
  const { label, password, roles, exampleIpRules } = parsed.data;
  const tag = crypto.randomBytes(4).toString('hex');
  const slug = `e2e-${tag}`;
  const passwordHash = await hashPassword(password); // argon2 before the transaction, not inside it
  return db().$transaction(async (tx) => {
    const org = await tx.organization.create({ data: { slug, name: `E2E ${label} ${tag}`, kind: 'CUSTOMER' } });
    const users: E2eSeedDTO['users'] = {};
    for (const role of new Set(roles)) {
      const email = `${role}@${slug}.example`;
      const user = await tx.user.create({
        data: { email, name: `${NAMES[role]} ${tag}`, passwordHash, passwordChangedAt: new Date() },
      });
      await tx.membership.create({ data: { userId: user.id, organizationId: org.id, role } });
      users[role] = { email, name: user.name, role };
    }
    if (exampleIpRules) {
      await tx.ipAccessRule.createMany({
        data: DEMO_IP_RULES.filter((r) => r.org === 'globex').map((r) => ({
          organizationId: org.id,
          scope: r.scope,
          cidr: r.cidr,
          label: r.label,
          createdByLabel: 'demo data',
        })),
      });
    }
    return { organization: { id: org.id, slug: org.slug, name: org.name }, users };
  });
}
