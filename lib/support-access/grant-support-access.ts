import { authorize } from '@/lib/access/authorize';
import { assertRecentlyReauthenticated } from '@/lib/access/can';
import { isReadPermission, PERMISSION_GUIDE } from '@/lib/access/permission-guide';
import type { Permission } from '@/lib/access/permissions';
import { auditRefusals, Refusal } from '@/lib/access/refusal';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { notify } from '@/lib/notifications/notify';
import { mayAssign, resolveRoleChoice } from '@/lib/roles/role-choice';
import { formatDateTime } from '@/lib/ui/format';
import type { TGrantSupportAccess } from '@/lib/validation/support-access';
import { supportEmails } from './emails';
import { newGrantReference, READ_ONLY_SCOPE_LABEL, supportSessionPermissions } from './grant-rules';
import { supportStaff } from './support-staff';

function durationText(minutes: number): string {
  if (minutes % 1440 === 0) return minutes === 1440 ? '1 day' : `${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export function supportDurationBounds(): { min: number; max: number; text: string } {
  const { minMinutes, maxDays } = getConfig().supportGrant;
  return {
    min: minMinutes,
    max: maxDays * 1440,
    text: `between ${durationText(minMinutes)} and ${durationText(maxDays * 1440)}`,
  };
}

/**
 * A customer admin lets the vendor's support team (or one named staff member) into the account: read-only
 * or with a role, for a stated reason, for 1 hour to 30 days (configurable). Needs sudo (R23); the
 * organization's admins are told. The scope is fixed now: later edits of the role do not widen it.
 */
export async function grantSupportAccess(
  ctx: Ctx,
  input: TGrantSupportAccess,
): Promise<{ id: string; reference: string; expiresAt: string }> {
  const signedIn = await authorize(ctx, 'support-access:manage');
  const org = signedIn.organization;
  return auditRefusals(signedIn, { type: 'support_grant', id: null }, () =>
    db().$transaction(async (tx) => {
      if (org.kind !== 'CUSTOMER') throw new AppError('SUPPORT_GRANT_CUSTOMERS_ONLY');
      if (signedIn.session.supportGrant) throw new Refusal('support session', 'SUPPORT_GRANT_BY_SUPPORT');
      const bounds = supportDurationBounds();
      if (input.durationMinutes < bounds.min || input.durationMinutes > bounds.max) {
        throw new AppError('VALIDATION', undefined, {
          durationMinutes: [fieldMessage('SUPPORT_DURATION_BOUNDS', { bounds: bounds.text })],
        });
      }
      const team = await supportStaff(tx);
      const named = input.grantee === 'team' ? null : team.staff.find((s) => s.id === input.grantee.toLowerCase());
      if (input.grantee !== 'team' && !named) {
        throw new AppError('SUPPORT_GRANTEE_NOT_SUPPORT', undefined, {
          grantee: [fieldMessage('GRANTEE_NOT_SUPPORT')],
        });
      }

      let permissions: Permission[];
      let scopeLabel: string;
      if (input.scope === 'read-only') {
        permissions = [...signedIn.session.permissions].filter(
          (p) => PERMISSION_GUIDE[p].area === 'account' && isReadPermission(p),
        );
        scopeLabel = READ_ONLY_SCOPE_LABEL;
      } else {
        const choice = await resolveRoleChoice(tx, org, input.scope, 'scope');
        if (choice.ref === 'owner')
          throw new AppError('VALIDATION', undefined, { scope: [fieldMessage('SUPPORT_NOT_OWNER')] });
        if (!mayAssign(signedIn, choice))
          throw new Refusal('role above actor', 'ROLE_ABOVE_ACTOR_GRANT', { role: choice.label });
        permissions = [...supportSessionPermissions({ readOnly: false, permissions: [...choice.permissions] })];
        scopeLabel = choice.label;
      }
      assertRecentlyReauthenticated(signedIn);

      const expiresAt = new Date(Date.now() + input.durationMinutes * 60_000);
      const by = `${signedIn.session.user.name} (${signedIn.session.user.email})`;
      const grant = await tx.supportGrant.create({
        data: {
          reference: newGrantReference(),
          organizationId: org.id,
          granteeUserId: named?.id ?? null,
          readOnly: input.scope === 'read-only',
          scopeLabel,
          permissions: permissions.sort(),
          reason: input.reason,
          grantedById: signedIn.session.user.id,
          grantedByLabel: by,
          expiresAt,
        },
      });
      const grantee = named ? `${named.name} (${named.email})` : `the ${team.vendorName} support team`;
      await recordAudit(tx, {
        organizationId: org.id,
        action: 'support_access.granted',
        actor: actorOf(ctx),
        target: { type: 'support_grant', id: grant.id, label: grant.reference },
        changes: {
          after: {
            grantee,
            scope: scopeLabel,
            permissions: grant.permissions,
            reason: grant.reason,
            expiresAt: expiresAt.toISOString(),
          },
        },
        meta: ctx.meta,
      });
      const { brand, appUrl } = getConfig();
      await notify(tx, {
        event: 'support_access.granted',
        organizationId: org.id,
        title: `Support access granted (${grant.reference})`,
        body: `${by} gave ${grantee} ${scopeLabel.toLowerCase()} access until ${formatDateTime(expiresAt)}. Reason: ${grant.reason}`,
        link: '/account/support-access',
        email: (r) =>
          supportEmails.granted({
            brand: brand.name,
            name: r.name,
            organization: org.name,
            by,
            grantee,
            scope: scopeLabel,
            reason: grant.reason,
            expires: formatDateTime(expiresAt),
            reference: grant.reference,
            url: new URL('/account/support-access', appUrl).toString(),
          }),
      });
      return { id: grant.id, reference: grant.reference, expiresAt: expiresAt.toISOString() };
    }),
  );
}
