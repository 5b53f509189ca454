import type { DbTransaction, PrismaClient } from '@/lib/db';

/** The vendor organization, whose audit chain records content events made without a session (import, scheduled publishing); null before the seed. */
export async function vendorOrganizationId(client: PrismaClient | DbTransaction): Promise<string | null> {
  const org = await client.organization.findFirst({
    where: { kind: 'VENDOR' },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
  return org?.id ?? null;
}
