import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password-hash';
import { passwordProblems } from '@/lib/auth/password-policy';
import { createSession } from '@/lib/auth/sessions';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db, type DbTransaction } from '@/lib/db';
import { AppError, appErrorOnFields } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { consume, minutesText } from '@/lib/security/rate-limit';
import { parseInput } from '@/lib/validation/parse-input';
import { ZCompleteSetupSchema } from '@/lib/validation/setup';
import { createVendorOrganization } from './vendor-organization';
import { checkSetupToken, SETUP_TOKEN_TTL_HOURS, type SetupTokenCheck } from './setup-token';

export interface SetupCompletedDTO {
  organizationId: string;
  organizationName: string;
  userId: string;
  /** The new owner's session: the action sets the cookie; their first stop is two-factor enrolment. */
  sessionToken: string;
}

const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === 'P2002';

/** A refused attempt, audited in the vendor's chain when it exists, in the global chain before. */
export async function auditSetupRefusal(ctx: Ctx, reason: string, tokenId: string | null): Promise<void> {
  await db().$transaction(async (tx) => {
    const vendor = await tx.organization.findFirst({
      where: { kind: 'VENDOR' },
      orderBy: { createdAt: 'asc' },
      select: { id: true },
    });
    await recordAudit(tx, {
      organizationId: vendor?.id ?? null,
      action: 'setup.token_rejected',
      actor: { type: 'ANONYMOUS', id: null, label: null },
      target: { type: 'setup_token', id: tokenId },
      outcome: 'DENIED',
      changes: { reason },
      meta: ctx.meta,
    });
  });
}

function tokenRefusal(check: Exclude<SetupTokenCheck, { state: 'valid' }>): AppError {
  if (check.state === 'expired')
    return appErrorOnFields(['token'], 'SETUP_TOKEN_EXPIRED', { hours: SETUP_TOKEN_TTL_HOURS });
  return appErrorOnFields(['token'], check.state === 'used' ? 'SETUP_TOKEN_USED' : 'SETUP_TOKEN_UNKNOWN');
}

/**
 * The first-run setup (/setup): with a valid one-time token, creates the vendor organization (two-factor
 * authentication required, no grace period) and its first Owner, and signs them in. The token is used up,
 * the vendor created and the event recorded in one transaction; the single-row SetupCompletion table makes
 * a second, concurrent setup fail, so exactly one wins. Refusals are audited and rate-limited per address.
 */
export async function completeSetup(ctx: Ctx, rawInput: unknown): Promise<SetupCompletedDTO> {
  const limit = await consume('setupPerIp', ctx.meta.ip ?? 'unknown');
  if (limit.limited) {
    await auditSetupRefusal(ctx, 'rate limited', null);
    throw new AppError('SETUP_RATE_LIMITED', { wait: minutesText(limit.retryAfterSeconds) }, undefined, {
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  }
  const input = parseInput(ZCompleteSetupSchema, rawInput);
  const client = db();
  const check = await checkSetupToken(client, input.token);
  if (check.state !== 'valid') {
    await auditSetupRefusal(ctx, `token ${check.state}`, 'id' in check ? check.id : null);
    throw tokenRefusal(check);
  }
  const problems = passwordProblems(input.newPassword, { email: input.email, name: input.name });
  if (problems.length) throw new AppError('VALIDATION', undefined, { newPassword: problems });
  const organizationName = input.organizationName ?? getConfig().brand.name;
  const passwordHash = await hashPassword(input.newPassword);

  try {
    return await client.$transaction(async (tx: DbTransaction) => {
      // Used up here, inside the transaction: of two requests with the same token only one gets count 1.
      const used = await tx.setupToken.updateMany({
        where: { id: check.id, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      if (used.count !== 1) throw new AppError('SETUP_ALREADY_DONE');
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw new AppError('SETUP_ACCOUNT_EXISTS', undefined, { email: [fieldMessage('ACCOUNT_EXISTS')] });
      }
      const org = await createVendorOrganization(tx, organizationName);
      const now = new Date();
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, passwordChangedAt: now, lastSignInAt: now },
      });
      await tx.membership.create({ data: { userId: user.id, organizationId: org.id, role: 'owner' } });
      const session = await createSession(tx, {
        userId: user.id,
        organizationId: org.id,
        ip: ctx.meta.ip,
        userAgent: ctx.meta.userAgent,
        reauthenticated: true,
      });
      await recordAudit(tx, {
        organizationId: org.id,
        action: 'setup.completed',
        actor: { type: 'USER', id: user.id, label: user.email },
        target: { type: 'organization', id: org.id, label: org.name },
        changes: {
          after: { organization: org.name, slug: org.slug, kind: 'VENDOR', owner: user.email, twoFactorRequired: true },
          setupTokenSource: check.source,
        },
        meta: ctx.meta,
      });
      return { organizationId: org.id, organizationName: org.name, userId: user.id, sessionToken: session.token };
    });
  } catch (err) {
    // The other of two concurrent setups committed first: its SetupCompletion row holds the only id.
    const done = isUniqueViolation(err) || (err instanceof AppError && err.code === 'NOT_FOUND');
    if (!done) throw err;
    await auditSetupRefusal(ctx, 'setup already complete', check.id);
    throw new AppError('SETUP_ALREADY_DONE');
  }
}
