import 'server-only';
import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { allRoleChoices, mayAssign } from '@/lib/roles/role-choice';
import { txtRecordName, txtRecordValue } from './domains';
import { backchannelLogoutUrl, callbackUrl } from './sign-in';

export interface SsoSettingsDTO {
  organizationName: string;
  redirectUri: string;
  connection: {
    issuer: string;
    clientId: string;
    defaultRole: string;
    jitProvisioning: boolean;
    idpEnforcesMfa: boolean;
    requireSso: boolean;
    backchannelLogoutUri: string;
    updatedAt: string;
  } | null;
  roles: { ref: string; label: string }[];
  domains: {
    id: string;
    domain: string;
    verified: boolean;
    verifiedBy: string | null;
    txtName: string;
    txtValue: string;
  }[];
  owners: { userId: string; name: string; email: string; breakGlass: boolean }[];
}

/** The Single sign-on page's data. The client secret is never part of it. */
export async function getSsoSettings(ctx: Ctx): Promise<SsoSettingsDTO> {
  const auth = await authorize(ctx, 'sso:manage');
  const org = auth.organization;
  const [connection, domains, owners, roles] = await Promise.all([
    db().ssoConnection.findUnique({ where: { organizationId: org.id } }),
    db().ssoDomain.findMany({ where: { organizationId: org.id }, orderBy: { domain: 'asc' } }),
    db().membership.findMany({
      where: { organizationId: org.id, role: 'owner', deactivatedAt: null },
      include: { user: { select: { name: true, email: true } } },
      orderBy: { createdAt: 'asc' },
    }),
    allRoleChoices(db(), org),
  ]);
  return {
    organizationName: org.name,
    redirectUri: callbackUrl(),
    connection: connection && {
      issuer: connection.issuer,
      clientId: connection.clientId,
      defaultRole: connection.defaultCustomRoleId ? `custom:${connection.defaultCustomRoleId}` : connection.defaultRole,
      jitProvisioning: connection.jitProvisioning,
      idpEnforcesMfa: connection.idpEnforcesMfa,
      requireSso: connection.requireSso,
      backchannelLogoutUri: backchannelLogoutUrl(connection.id),
      updatedAt: connection.updatedAt.toISOString(),
    },
    roles: roles.filter((r) => r.ref !== 'owner' && mayAssign(auth, r)).map((r) => ({ ref: r.ref, label: r.label })),
    domains: domains.map((d) => ({
      id: d.id,
      domain: d.domain,
      verified: Boolean(d.verifiedAt),
      verifiedBy: d.verifiedBy,
      txtName: txtRecordName(d.domain),
      txtValue: txtRecordValue(d.verificationToken),
    })),
    owners: owners.map((m) => ({
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      breakGlass: m.ssoBreakGlass,
    })),
  };
}
