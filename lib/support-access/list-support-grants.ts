import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import type { SupportGrantDTO } from './dto';
import { supportStaff } from './support-staff';

export interface SupportAccessOverviewDTO {
  grants: SupportGrantDTO[];
  vendorName: string;
  /** Shown only to those who may grant (support-access:manage); empty otherwise. */
  staff: { id: string; name: string; email: string }[];
}

/** The organization's support grants, active first (every member with account:read sees them). */
export async function listSupportGrants(ctx: Ctx): Promise<SupportAccessOverviewDTO> {
  const { session, organization: org } = await authorize(ctx, 'account:read');
  const now = new Date();
  const [rows, team] = await Promise.all([
    db().supportGrant.findMany({
      where: { organizationId: org.id },
      include: { grantee: { select: { name: true, email: true } } },
      orderBy: { createdAt: 'desc' },
      take: 200,
    }),
    supportStaff(db()),
  ]);
  const grants: SupportGrantDTO[] = rows.map((g) => ({
    id: g.id,
    reference: g.reference,
    grantee: g.grantee ? `${g.grantee.name} (${g.grantee.email})` : `${team.vendorName} support team`,
    scopeLabel: g.scopeLabel,
    readOnly: g.readOnly,
    reason: g.reason,
    grantedBy: g.grantedByLabel,
    createdAt: g.createdAt.toISOString(),
    expiresAt: g.expiresAt.toISOString(),
    state: g.revokedAt ? 'revoked' : g.expiresAt <= now ? 'expired' : 'active',
    firstUsedAt: g.firstUsedAt?.toISOString() ?? null,
    revokedBy: g.revokedByLabel,
  }));
  grants.sort((a, b) => Number(b.state === 'active') - Number(a.state === 'active'));
  const mayGrant = session.permissions.has('support-access:manage') && !session.supportGrant;
  return { grants, vendorName: team.vendorName, staff: mayGrant ? team.staff : [] };
}
