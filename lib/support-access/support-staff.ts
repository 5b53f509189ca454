import { MEMBERSHIP_ROLE_INCLUDE, permissionsOfMembership } from '@/lib/access/role-permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SupportStaffDTO } from './dto';

/** The vendor's support team: active members of the vendor organization holding support:act. */
export async function supportStaff(
  tx: Prisma.TransactionClient,
): Promise<{ vendorName: string; staff: SupportStaffDTO[] }> {
  const [vendor, members] = await Promise.all([
    tx.organization.findFirst({ where: { kind: 'VENDOR' }, orderBy: { createdAt: 'asc' }, select: { name: true } }),
    tx.membership.findMany({
      where: { deactivatedAt: null, organization: { kind: 'VENDOR' }, user: { status: 'ACTIVE' } },
      include: { user: { select: { id: true, name: true, email: true } }, ...MEMBERSHIP_ROLE_INCLUDE },
      orderBy: { user: { name: 'asc' } },
    }),
  ]);
  const staff = new Map<string, SupportStaffDTO>();
  for (const m of members) if (permissionsOfMembership(m, 'VENDOR').has('support:act')) staff.set(m.user.id, m.user);
  return { vendorName: vendor?.name ?? 'Vendor', staff: [...staff.values()] };
}
