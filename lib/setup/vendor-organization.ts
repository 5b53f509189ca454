import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';

function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug || 'vendor';
}

/**
 * Creates THE vendor organization inside the setup transaction: refuses when one exists, and writes the
 * SetupCompletion row whose fixed primary key lets only one of two concurrent setups commit. Its members
 * must use two-factor authentication from the first sign-in (no grace period); owners can change that later.
 */
export async function createVendorOrganization(
  tx: DbTransaction,
  name: string,
): Promise<{ id: string; name: string; slug: string }> {
  if ((await tx.organization.count({ where: { kind: 'VENDOR' } })) > 0) throw new AppError('SETUP_ALREADY_DONE');
  const base = slugOf(name);
  let slug = base;
  for (let i = 2; await tx.organization.findUnique({ where: { slug }, select: { id: true } }); i++)
    slug = `${base}-${i}`;
  const now = new Date();
  const org = await tx.organization.create({
    data: { name, slug, kind: 'VENDOR', mfaRequired: true, mfaGraceDays: 0, mfaRequiredSince: now },
    select: { id: true, name: true, slug: true },
  });
  await tx.setupCompletion.create({ data: { id: 1, organizationId: org.id } });
  return org;
}
