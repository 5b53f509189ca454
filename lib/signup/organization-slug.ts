import type { Prisma } from '@/lib/generated/prisma/client';

// A new organization's slug, derived from its name: lower-case ASCII letters, digits and hyphens, never a
// word the application uses for itself, unique (-2, -3… when taken).

const RESERVED = new Set([
  'account',
  'admin',
  'api',
  'app',
  'login',
  'setup',
  'signup',
  'studio',
  'support',
  'system',
  'vendor',
  'www',
]);
const MAX_BASE = 40;

export function slugFromName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_BASE)
    .replace(/-+$/g, '');
  if (base.length < 2) return 'organization';
  return RESERVED.has(base) ? `${base}-org` : base;
}

/**
 * The first free slug for this name. Call inside the transaction that creates the organization: the
 * advisory lock makes two sign-ups with the same name pick different slugs instead of colliding.
 */
export async function uniqueOrganizationSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', 'organization-slug');
  const base = slugFromName(name);
  const taken = new Set(
    (await tx.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (o) => o.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
