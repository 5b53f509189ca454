import type { DbTransaction, PrismaClient } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * The trust center belongs to the vendor organization: public document pages and prospects' requests act
 * for it. Staff use-cases never call this — they use the organization of their own session (R25).
 */
export async function vendorOrganization(client: PrismaClient | DbTransaction): Promise<{ id: string; name: string }> {
  const org = await client.organization.findFirst({
    where: { kind: 'VENDOR' },
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true },
  });
  if (!org) throw new AppError('DOCUMENTS_NONE_YET');
  return org;
}

/** Documents whose slug would shadow a page of /documents. */
export const RESERVED_SLUGS = new Set([
  'request',
  'verify',
  'access',
  'viewer',
  'file',
  'access-ended',
  'requested',
  'verified',
]);

export const emailDomain = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();
