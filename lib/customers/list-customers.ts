import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ZCustomerIdSchema } from '@/lib/validation/customers';

export interface CustomerDTO {
  id: string;
  name: string;
  slug: string;
  status: 'ACTIVE' | 'SUSPENDED' | 'PENDING_DELETION';
  invitationDomains: string[];
  members: number;
  /** Active members with a second factor (authenticator app or passkey). */
  membersWithTwoFactor: number;
  /** Scopes whose IP allowlist is enforced, e.g. ['PANEL', 'API']. */
  ipListsOn: string[];
  lastSignInAt: string | null;
  pendingInvitations: number;
  createdAt: string;
  suspendedAt: string | null;
  deletionRequestedAt: string | null;
  purgeAfter: string | null;
}

async function load(where: { id?: string }): Promise<CustomerDTO[]> {
  const orgs = await db().organization.findMany({
    where: { kind: 'CUSTOMER', ...where },
    orderBy: { name: 'asc' },
    include: {
      memberships: {
        where: { deactivatedAt: null },
        select: {
          user: {
            select: {
              lastSignInAt: true,
              totpFactor: { select: { confirmedAt: true } },
              _count: { select: { webauthnCredentials: true } },
            },
          },
        },
      },
      ipAccessLists: { where: { enabled: true }, select: { scope: true } },
      _count: {
        select: { invitations: { where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } } },
      },
    },
  });
  return orgs.map((o) => {
    const users = o.memberships.map((m) => m.user);
    const last = users.reduce<Date | null>(
      (max, u) => (u.lastSignInAt && (!max || u.lastSignInAt > max) ? u.lastSignInAt : max),
      null,
    );
    return {
      id: o.id,
      name: o.name,
      slug: o.slug,
      status: o.status,
      invitationDomains: o.invitationDomains,
      members: users.length,
      membersWithTwoFactor: users.filter((u) => !!u.totpFactor?.confirmedAt || u._count.webauthnCredentials > 0).length,
      ipListsOn: o.ipAccessLists.map((l) => l.scope),
      lastSignInAt: last?.toISOString() ?? null,
      pendingInvitations: o._count.invitations,
      createdAt: o.createdAt.toISOString(),
      suspendedAt: o.suspendedAt?.toISOString() ?? null,
      deletionRequestedAt: o.deletionRequestedAt?.toISOString() ?? null,
      purgeAfter: o.purgeAfter?.toISOString() ?? null,
    };
  });
}

/** Every customer organization with the figures the vendor watches. */
export async function listCustomers(ctx: Ctx): Promise<CustomerDTO[]> {
  await authorize(ctx, 'customers:manage', { vendorOnly: 'customer organizations' });
  return load({});
}

/** One customer organization; the vendor's own id or anything else answers NOT_FOUND. */
export async function getCustomer(ctx: Ctx, customerId: string): Promise<CustomerDTO> {
  await authorize(ctx, 'customers:manage', { vendorOnly: 'customer organizations' });
  const parsed = ZCustomerIdSchema.safeParse({ customerId });
  const found = parsed.success ? await load({ id: parsed.data.customerId }) : [];
  if (!found[0]) throw new AppError('CUSTOMER_NOT_FOUND');
  return found[0];
}
