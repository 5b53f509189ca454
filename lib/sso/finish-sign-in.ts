import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enrolledSecondFactors } from '@/lib/auth/second-factor-seam';
import { issueSignInTicket } from '@/lib/auth/sign-in-ticket';
import { suspendedError } from '@/lib/customers/status';
import { enrolmentGuidance, type EnrolmentGuidance } from '@/lib/mfa/enrolment';
import { emailDomain, finishAuthorization, type VerifiedIdentity } from '@/lib/oidc/authorization';
import { discover } from '@/lib/oidc/discovery';
import { OidcError } from '@/lib/oidc/errors';
import { peekFlow, redeemFlow } from '@/lib/oidc/flow-store';
import { clientSettings, findConnection, verifiedDomains, type ConnectionRow } from './connection';

// The callback of an SSO sign-in (or of an admin's connection test). Every failure — wrong or replayed
// state, a code the IdP refuses, a bad ID token, an unverified email or one outside the organization's
// domains, a non-member without JIT, an IdP that is down — is recorded with its reason and answered with
// a message for the sign-in page; nothing here creates a session except through a SESSION ticket for the
// connection's own organization (a connection never signs anyone into another one).

/** Why no second factor is asked: the ID token's amr says mfa, or the connection says the IdP enforces it. */
export type IdpMfa = 'amr' | 'connection' | null;

export type SsoCallbackResult =
  | { kind: 'session'; ticket: string; next: string; enrol: EnrolmentGuidance; idpMfa: IdpMfa }
  | { kind: 'second-factor'; ticket: string; next: string }
  | { kind: 'test'; claims: Record<string, unknown>; organizationId: string; userId: string }
  | { kind: 'failed'; test: boolean; error: AppError };

export async function finishSsoCallback(
  ctx: Ctx,
  input: { callbackUrl: URL; browserBinding: string | null },
): Promise<SsoCallbackResult> {
  const state = input.callbackUrl.searchParams.get('state');
  const peeked = await peekFlow(state);
  const test = peeked?.purpose === 'sso-test';
  let connection: ConnectionRow | null = peeked ? await findConnection(peeked.subjectId.split(':')[0]!) : null;
  let email: string | null = null;
  try {
    const flow = await redeemFlow({
      state,
      browserBinding: input.browserBinding,
      purposes: ['sso-sign-in', 'sso-test'],
    });
    connection = await findConnection(flow.subjectId.split(':')[0]!);
    if (!connection) throw new AppError('SSO_NOT_CONFIGURED');
    const config = await discover(clientSettings(connection));
    const identity = await finishAuthorization(config, { callbackUrl: input.callbackUrl, secrets: flow.secrets });
    email = identity.email;
    if (flow.purpose === 'sso-test') {
      const userId = flow.subjectId.split(':')[1]!;
      await db().$transaction((tx) =>
        recordAudit(tx, {
          organizationId: connection!.organizationId,
          action: 'sso.connection.tested',
          actor: { type: 'USER', id: userId, label: null },
          target: { type: 'sso_connection', id: connection!.id, label: connection!.issuer },
          changes: { subject: identity.subject, email: identity.email, amr: identity.amr },
          meta: ctx.meta,
        }),
      );
      return { kind: 'test', claims: identity.claims, organizationId: connection.organizationId, userId };
    }
    return await signIn(ctx, connection, identity, flow.returnTo ?? '/account');
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const reason = err instanceof OidcError ? err.audit.reason : err.reason;
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: connection?.organizationId ?? null,
        action: test ? 'sso.connection.tested' : 'auth.sso.failed',
        actor: { type: 'ANONYMOUS', id: null, label: email },
        target: connection ? { type: 'sso_connection', id: connection.id, label: connection.issuer } : undefined,
        outcome: 'FAILURE',
        changes: { reason, error: err.reason },
        meta: ctx.meta,
      }),
    );
    return { kind: 'failed', test, error: err };
  }
}

async function signIn(
  ctx: Ctx,
  connection: ConnectionRow,
  identity: VerifiedIdentity,
  next: string,
): Promise<SsoCallbackResult> {
  const org = connection.organization;
  if (org.status !== 'ACTIVE') throw suspendedError(org);
  return db().$transaction(async (tx) => {
    const domains = await verifiedDomains(tx, org.id);
    if (!domains.includes(emailDomain(identity.email)))
      throw new AppError('SSO_EMAIL_OUTSIDE_DOMAINS', { email: identity.email, organization: org.name });
    const user = await memberFor(tx, ctx, connection, identity);
    const actor: AuditActor = { type: 'USER', id: user.id, label: user.email };
    const idpMfa: IdpMfa = identity.amr.includes('mfa') ? 'amr' : connection.idpEnforcesMfa ? 'connection' : null;
    const factors = idpMfa ? [] : await enrolledSecondFactors(tx, user.id);
    const sso = { connectionId: connection.id, subject: identity.subject, sid: identity.sid, mfa: idpMfa };
    const step = factors.length ? 'SECOND_FACTOR' : 'SESSION';
    const ticket = await issueSignInTicket(tx, { userId: user.id, organizationId: org.id, step, meta: ctx.meta, sso });
    await recordAudit(tx, {
      organizationId: org.id,
      action: 'auth.sso.succeeded',
      actor,
      target: { type: 'sso_connection', id: connection.id, label: connection.issuer },
      changes: {
        subject: identity.subject,
        amr: identity.amr,
        secondFactor: idpMfa
          ? `skipped: ${idpMfa === 'amr' ? 'amr contains mfa' : 'IdP enforces MFA'}`
          : step === 'SECOND_FACTOR'
            ? 'asked'
            : 'none enrolled',
      },
      meta: ctx.meta,
    });
    if (step === 'SECOND_FACTOR') return { kind: 'second-factor', ticket, next };
    const enrol = idpMfa ? null : await enrolmentGuidance(tx, user.id, org.id);
    return { kind: 'session', ticket, next, enrol, idpMfa };
  });
}

/** The member this identity signs in as: an existing member, an invitee, or (JIT) a new member. */
async function memberFor(
  tx: Prisma.TransactionClient,
  ctx: Ctx,
  connection: ConnectionRow,
  identity: VerifiedIdentity,
): Promise<{ id: string; email: string }> {
  const org = connection.organization;
  const existing = await tx.user.findUnique({
    where: { email: identity.email },
    include: { memberships: { where: { organizationId: org.id } } },
  });
  if (existing && existing.status !== 'ACTIVE') throw new AppError('ACCOUNT_DISABLED');
  const membership = existing?.memberships[0];
  if (membership) {
    if (membership.deactivatedAt) throw new AppError('ACCOUNT_DISABLED');
    return existing;
  }
  const now = new Date();
  const invitation = await tx.invitation.findFirst({
    where: { organizationId: org.id, email: identity.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: 'desc' },
  });
  if (!invitation && !connection.jitProvisioning)
    throw new AppError('SSO_NOT_A_MEMBER', { email: identity.email, organization: org.name });
  const user =
    existing ??
    (await tx.user.create({
      // No password: this person signs in through the IdP (a reset link can add one later if allowed).
      data: { email: identity.email, name: identity.name ?? identity.email.split('@')[0]! },
    }));
  const role = invitation
    ? { role: invitation.role, customRoleId: invitation.customRoleId }
    : { role: connection.defaultRole, customRoleId: connection.defaultCustomRoleId };
  await tx.membership.create({ data: { userId: user.id, organizationId: org.id, ...role } });
  if (invitation)
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: now, acceptedUserId: user.id } });
  await recordAudit(tx, {
    organizationId: org.id,
    action: 'auth.sso.provisioned',
    actor: { type: 'USER', id: user.id, label: user.email },
    target: { type: 'user', id: user.id, label: user.email },
    changes: { via: invitation ? 'invitation' : 'just-in-time provisioning', role: role.role, newAccount: !existing },
    meta: ctx.meta,
  });
  return user;
}
