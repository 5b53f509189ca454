import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { randomToken, sha256Hex } from '@/lib/auth/tokens';
import { getConfig } from '@/lib/config';
import type { DbTransaction } from '@/lib/db';
import type { DocumentAccessRequest } from '@/lib/generated/prisma/client';
import { enqueueMail } from '@/lib/mail/outbox';
import type { RequestMeta } from '@/lib/request-context';
import { documentEmails } from './emails';
import { localizedUrl } from '@/lib/i18n/urls';
import { formatDate } from '@/lib/ui/format';

export const MAGIC_LINK_DAYS = 7;

/** Sends a fresh single-use magic link for a grant (the link lives 7 days, never past the grant). */
export async function sendMagicLink(
  tx: DbTransaction,
  request: DocumentAccessRequest,
  grant: { expiresAt: Date; documentIds: string[] },
) {
  const cfg = getConfig();
  const token = randomToken();
  const expiresAt = new Date(Math.min(grant.expiresAt.getTime(), Date.now() + MAGIC_LINK_DAYS * 86_400_000));
  await tx.documentAccessToken.create({
    data: { kind: 'MAGIC_LINK', tokenHash: sha256Hex(token), requestId: request.id, expiresAt },
  });
  const docs = await tx.document.findMany({
    where: { id: { in: grant.documentIds }, organizationId: request.organizationId },
    select: { title: true },
  });
  await enqueueMail(tx, {
    to: request.email,
    template: 'documents.granted',
    rendered: documentEmails.granted({
      brand: cfg.brand.name,
      name: request.name,
      documents: docs.map((d) => d.title),
      expires: formatDate(grant.expiresAt, request.locale ?? undefined),
      url: localizedUrl(new URL(`/documents/access?token=${token}`, cfg.appUrl), request.locale),
      locale: request.locale,
    }),
  });
}

/** Approves a verified request: creates the grant, audits it and emails the magic link — inside `tx`. */
export async function grantAccess(
  tx: DbTransaction,
  p: {
    request: DocumentAccessRequest;
    expiryDays: number;
    autoApproved: boolean;
    actor: AuditActor;
    meta: RequestMeta;
    decidedBy: string;
    /** How the requester's email was confirmed, when not by the emailed link ("google", "sso:Globex"…). */
    verification?: string;
  },
) {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + p.expiryDays * 86_400_000);
  await tx.documentAccessRequest.update({
    where: { id: p.request.id },
    data: { status: 'APPROVED', decidedAt: now, decidedByLabel: p.decidedBy },
  });
  const grant = await tx.documentAccessGrant.create({
    data: {
      organizationId: p.request.organizationId,
      requestId: p.request.id,
      documentIds: p.request.documentIds,
      expiresAt,
      autoApproved: p.autoApproved,
    },
  });
  await recordAudit(tx, {
    organizationId: p.request.organizationId,
    action: 'document.access_granted',
    actor: p.actor,
    target: { type: 'document_access_grant', id: grant.id, label: p.request.email },
    changes: {
      requestId: p.request.id,
      documentIds: p.request.documentIds,
      expiresAt: expiresAt.toISOString(),
      autoApproved: p.autoApproved,
      ...(p.verification && p.verification !== 'email-link' ? { verification: p.verification } : {}),
    },
    meta: p.meta,
  });
  await sendMagicLink(tx, p.request, grant);
  return grant;
}
