import 'server-only';
import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { randomToken } from '@/lib/auth/tokens';
import { txtRecords } from './dns';

// Email domains for SSO. A domain belongs to one organization only (unique column). A claim counts once
// proven: a TXT record at _<brand>-sso.<domain> with the claim's token, or vendor staff approval. An
// unproven claim older than a week no longer blocks another organization (no squatting).

const STALE_CLAIM_MS = 7 * 24 * 3_600_000;
const PUBLIC_PROVIDERS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'aol.com',
]);

const brandSlug = () =>
  getConfig()
    .brand.name.toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'trust-center';

export const txtRecordName = (domain: string) => `_${brandSlug()}-sso.${domain}`;
export const txtRecordValue = (token: string) => `${brandSlug()}-sso-verification=${token}`;

export async function claimDomain(ctx: Ctx, input: { domain: string }) {
  const auth = await authorize(ctx, 'sso:manage', { sudo: true });
  const domain = input.domain;
  if (PUBLIC_PROVIDERS.has(domain)) throw new AppError('SSO_DOMAIN_PUBLIC', { domain });
  return db().$transaction(async (tx) => {
    const existing = await tx.ssoDomain.findUnique({ where: { domain } });
    if (existing?.organizationId === auth.organization.id) throw new AppError('SSO_DOMAIN_ALREADY_OURS', { domain });
    if (existing && (existing.verifiedAt || Date.now() - existing.createdAt.getTime() < STALE_CLAIM_MS)) {
      await recordAudit(tx, {
        organizationId: auth.organization.id,
        action: 'sso.domain.claimed',
        actor: auth.actor,
        target: { type: 'sso_domain', id: null, label: domain },
        outcome: 'DENIED',
        changes: { domain, reason: 'claimed by another organization' },
        meta: ctx.meta,
      });
      throw new AppError('SSO_DOMAIN_TAKEN', { domain });
    }
    if (existing) await tx.ssoDomain.delete({ where: { id: existing.id } });
    const row = await tx.ssoDomain.create({
      data: { domain, organizationId: auth.organization.id, verificationToken: randomToken(18) },
    });
    await recordAudit(tx, {
      organizationId: auth.organization.id,
      action: 'sso.domain.claimed',
      actor: auth.actor,
      target: { type: 'sso_domain', id: row.id, label: domain },
      changes: { domain, replacedStaleClaim: Boolean(existing) },
      meta: ctx.meta,
    });
    return { id: row.id, domain };
  });
}

export async function verifyDomainByDns(ctx: Ctx, input: { domainId: string }) {
  const auth = await authorize(ctx, 'sso:manage');
  const row = await db().ssoDomain.findFirst({ where: { id: input.domainId, organizationId: auth.organization.id } });
  if (!row) throw new AppError('NOT_FOUND');
  if (row.verifiedAt) return { domain: row.domain, verified: true };
  const name = txtRecordName(row.domain);
  let found: string[] | 'not-found';
  try {
    found = await txtRecords(name);
  } catch {
    throw new AppError('SSO_DNS_UNAVAILABLE', { domain: row.domain });
  }
  const ok = found !== 'not-found' && found.some((v) => v.trim() === txtRecordValue(row.verificationToken));
  await db().$transaction(async (tx) => {
    if (ok) await tx.ssoDomain.update({ where: { id: row.id }, data: { verifiedAt: new Date(), verifiedBy: 'dns' } });
    await recordAudit(tx, {
      organizationId: auth.organization.id,
      action: ok ? 'sso.domain.verified' : 'sso.domain.verification_failed',
      actor: auth.actor,
      target: { type: 'sso_domain', id: row.id, label: row.domain },
      outcome: ok ? 'SUCCESS' : 'FAILURE',
      changes: { domain: row.domain, method: 'dns', record: name },
      meta: ctx.meta,
    });
  });
  if (!ok) throw new AppError('SSO_DOMAIN_TXT_MISSING', { name });
  return { domain: row.domain, verified: true };
}

export async function removeDomain(ctx: Ctx, input: { domainId: string }) {
  const auth = await authorize(ctx, 'sso:manage', { sudo: true });
  return db().$transaction(async (tx) => {
    const row = await tx.ssoDomain.findFirst({ where: { id: input.domainId, organizationId: auth.organization.id } });
    if (!row) throw new AppError('NOT_FOUND');
    const connection = await tx.ssoConnection.findUnique({ where: { organizationId: auth.organization.id } });
    const others = await tx.ssoDomain.count({
      where: { organizationId: auth.organization.id, verifiedAt: { not: null }, id: { not: row.id } },
    });
    if (connection?.requireSso && row.verifiedAt && others === 0) throw new AppError('SSO_REQUIRE_NEEDS_DOMAIN');
    await tx.ssoDomain.delete({ where: { id: row.id } });
    await recordAudit(tx, {
      organizationId: auth.organization.id,
      action: 'sso.domain.removed',
      actor: auth.actor,
      target: { type: 'sso_domain', id: row.id, label: row.domain },
      changes: { domain: row.domain },
      meta: ctx.meta,
    });
    return { removed: row.domain };
  });
}

/** Vendor staff approval (studio → customers): marks a customer's claim as proven without DNS. */
export async function approveDomainClaim(ctx: Ctx, input: { domainId: string }) {
  const auth = await authorize(ctx, 'customers:manage', { vendorOnly: 'customer organizations', sudo: true });
  return db().$transaction(async (tx) => {
    const row = await tx.ssoDomain.findUnique({ where: { id: input.domainId }, include: { organization: true } });
    if (!row || row.organization.kind !== 'CUSTOMER') throw new AppError('NOT_FOUND');
    if (row.verifiedAt) return { domain: row.domain, organization: row.organization.name };
    const by = `staff: ${auth.actor.label ?? auth.session.user.email}`;
    await tx.ssoDomain.update({ where: { id: row.id }, data: { verifiedAt: new Date(), verifiedBy: by } });
    for (const organizationId of [row.organizationId, auth.organization.id]) {
      await recordAudit(tx, {
        organizationId,
        action: 'sso.domain.verified',
        actor: auth.actor,
        target: { type: 'sso_domain', id: row.id, label: row.domain },
        changes: { domain: row.domain, method: 'vendor staff approval', organization: row.organization.name },
        meta: ctx.meta,
      });
    }
    return { domain: row.domain, organization: row.organization.name };
  });
}

/** Pending claims for the vendor's customers screen. */
export async function listPendingDomainClaims(ctx: Ctx) {
  await authorize(ctx, 'customers:manage', { vendorOnly: 'customer organizations' });
  const rows = await db().ssoDomain.findMany({
    where: { verifiedAt: null, organization: { kind: 'CUSTOMER' } },
    include: { organization: { select: { name: true, slug: true } } },
    orderBy: { createdAt: 'asc' },
    take: 200,
  });
  return rows.map((r) => ({ id: r.id, domain: r.domain, organization: r.organization.name, claimedAt: r.createdAt }));
}
