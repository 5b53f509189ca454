import { recordAudit } from '@/lib/audit/record';
import { randomToken, sha256Hex } from '@/lib/auth/tokens';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db, type DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { DocumentAccessRequest } from '@/lib/generated/prisma/client';
import { fieldMessage } from '@/lib/messages/errors';
import { logger } from '@/lib/log';
import { enqueueMail } from '@/lib/mail/outbox';
import { consume, minutesText } from '@/lib/security/rate-limit';
import type { TAccessRequest } from '@/lib/validation/documents';
import { documentEmails } from './emails';
import { resolveLocale } from '@/lib/i18n/translator';
import { localizedUrl } from '@/lib/i18n/urls';
import { NDA } from './nda';
import { vendorOrganization } from './vendor';

export const VERIFY_HOURS = 24;

/**
 * A prospect asks for gated documents: the NDA acceptance is stored with its version, time, address and
 * user agent, and an email verification link (single use, stored hashed, R7) goes out. Nothing is decided
 * before the email is confirmed. Limited per address; a filled-in honeypot looks accepted but stores nothing.
 */
export async function requestDocumentAccess(ctx: Ctx, input: TAccessRequest): Promise<{ email: string }> {
  if (!(await admitAccessRequest(ctx, input))) return { email: input.email };
  const token = randomToken();
  const cfg = getConfig();
  await db().$transaction(async (tx) => {
    const request = await recordAccessRequest(tx, ctx, input, 'email-link');
    await tx.documentAccessToken.create({
      data: {
        kind: 'VERIFY_EMAIL',
        tokenHash: sha256Hex(token),
        requestId: request.id,
        expiresAt: new Date(Date.now() + VERIFY_HOURS * 3_600_000),
      },
    });
    await enqueueMail(tx, {
      to: input.email,
      template: 'documents.verify',
      rendered: documentEmails.verify({
        brand: cfg.brand.name,
        name: input.name,
        hours: VERIFY_HOURS,
        url: localizedUrl(new URL(`/documents/verify?token=${token}`, cfg.appUrl), request.locale),
        locale: request.locale,
      }),
    });
  });
  return { email: input.email };
}

/**
 * The checks every request passes first, however the email is then confirmed: the per-address limit, the
 * honeypot (false: drop quietly) and the NDA version.
 */
export async function admitAccessRequest(ctx: Ctx, input: TAccessRequest): Promise<boolean> {
  const limit = await consume('documentAccessRequestPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) {
    throw new AppError('DOCUMENT_REQUESTS_RATE_LIMITED', { wait: minutesText(limit.retryAfterSeconds) }, undefined, {
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  }
  if (input.website?.trim()) {
    logger.warn(
      { requestId: ctx.meta.requestId, ip: ctx.meta.ip },
      'document access request dropped: honeypot filled in',
    );
    return false;
  }
  if (input.ndaVersion !== NDA.version) {
    throw new AppError('VALIDATION', undefined, { ndaAccepted: [fieldMessage('NDA_CHANGED')] });
  }
  return true;
}

/**
 * Stores the request (unverified) with its NDA acceptance and audits it, inside `tx`. `method` is how the
 * email will be confirmed: the emailed link or a viewer identity provider ("google", "sso:Globex"…).
 */
export async function recordAccessRequest(
  tx: DbTransaction,
  ctx: Ctx,
  input: TAccessRequest,
  method: string,
): Promise<DocumentAccessRequest> {
  const vendor = await vendorOrganization(tx);
  const wanted = [...new Set(input.documentIds)];
  const docs = await tx.document.findMany({
    where: { organizationId: vendor.id, id: { in: wanted }, visibility: 'GATED' },
    select: { id: true, title: true },
  });
  if (docs.length !== wanted.length)
    throw new AppError('VALIDATION', undefined, { documentIds: [fieldMessage('DOCUMENTS_UNAVAILABLE')] });
  const request = await tx.documentAccessRequest.create({
    data: {
      organizationId: vendor.id,
      name: input.name,
      email: input.email,
      company: input.company,
      reason: input.reason,
      documentIds: wanted,
      ndaVersion: NDA.version,
      // The page's language: the requester's emails use it (lib/documents/emails.ts).
      locale: resolveLocale(input.locale),
      ndaAcceptedAt: new Date(),
      ndaIp: ctx.meta.ip,
      ndaUserAgent: ctx.meta.userAgent,
    },
  });
  await recordAudit(tx, {
    organizationId: vendor.id,
    action: 'document.access_requested',
    actor: { type: 'ANONYMOUS', id: null, label: input.email },
    target: { type: 'document_access_request', id: request.id, label: input.company },
    changes: {
      documents: docs.map((d) => d.title),
      ndaVersion: NDA.version,
      ...(method === 'email-link' ? {} : { verification: method }),
    },
    meta: ctx.meta,
  });
  return request;
}
