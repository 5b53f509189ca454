// Refusing a request from an address outside an enabled list: the error every caller turns into its
// answer (the 403 page, an action's typed error, the API's JSON), and the audit event — a few per
// address and window, so a flood of refused requests cannot flood the audit log.
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { PHRASES } from '@/lib/messages/errors';
import { logger } from '@/lib/log';
import type { RequestMeta } from '@/lib/request-context';
import { consume } from '@/lib/security/rate-limit';
import { checkIpAccess } from './policy-cache';
import type { Scope } from './scopes';

export class IpAccessRefusedError extends AppError {
  constructor(
    readonly scope: Scope,
    readonly ip: string | null,
    readonly organization: { id: string; name: string },
  ) {
    const reason = (
      { panel: 'IP_ACCESS_REFUSED_PANEL', api: 'IP_ACCESS_REFUSED_API', smtp: 'IP_ACCESS_REFUSED_SMTP' } as const
    )[scope];
    super(reason, { organization: organization.name, ip: ip ?? PHRASES.UNKNOWN_ADDRESS }, undefined, { scope, ip });
    this.name = 'IpAccessRefusedError';
  }
}

export function isIpAccessRefusal(err: unknown): err is IpAccessRefusedError {
  return err instanceof IpAccessRefusedError;
}

/** Audits one refusal unless this address was already audited often enough in the current window. The path is kept without its query (R28). */
async function recordRefusal(input: {
  scope: Scope;
  organizationId: string;
  actor: AuditActor;
  meta: RequestMeta;
  path?: string | null;
}) {
  try {
    const limit = await consume(
      'ipAccessDeniedAudit',
      `${input.organizationId}:${input.scope}:${input.meta.ip ?? 'unknown'}`,
    );
    if (limit.limited) return;
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: input.organizationId,
        action: 'ip_access.denied',
        actor: input.actor,
        outcome: 'DENIED',
        changes: {
          scope: input.scope,
          ip: input.meta.ip,
          ...(input.path ? { path: input.path.split('?')[0]!.slice(0, 200) } : {}),
        },
        meta: input.meta,
      }),
    );
  } catch (err) {
    // The refusal stands even if it cannot be recorded.
    logger.error(
      { err: { message: (err as Error).message }, requestId: input.meta.requestId },
      'ip access: refusal not audited',
    );
  }
}

/**
 * Throws IpAccessRefusedError (FORBIDDEN) when the organization's list for `scope` is on and the
 * request's address is not in it. `knownVersion` comes with the session or API key read.
 */
export async function enforceIpAccess(input: {
  scope: Scope;
  organization: { id: string; name: string; ipAccessVersion?: number };
  actor: AuditActor;
  meta: RequestMeta;
  path?: string | null;
}): Promise<void> {
  const verdict = await checkIpAccess({
    organizationId: input.organization.id,
    scope: input.scope,
    ip: input.meta.ip,
    knownVersion: input.organization.ipAccessVersion,
  });
  if (verdict.allowed) return;
  await recordRefusal({
    scope: input.scope,
    organizationId: input.organization.id,
    actor: input.actor,
    meta: input.meta,
    path: input.path,
  });
  throw new IpAccessRefusedError(input.scope, input.meta.ip, input.organization);
}
