// The one write path of the allowlists, shared by every change (add, remove, on/off, import, break-glass):
// lock the organization's lists, compute the new list, refuse an empty enabled list, ask for the lockout
// confirmation, write the difference, bump the version (every process recompiles), audit before/after
// and tell the administrators — all in one transaction.
import type { AuditAction } from '@/lib/audit/catalogue';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import { db, type DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import type { RequestMeta } from '@/lib/request-context';
import { formatDateTime } from '@/lib/ui/format';
import { displayNetwork } from './address';
import { ipAccessEmails } from './emails';
import { compileMatcher } from './matcher';
import { MAX_RULES_PER_SCOPE, SCOPE_INFO, toDbScope, type Scope } from './scopes';
import { diffRules } from './text-format';

export interface StoredRule {
  id: string;
  cidr: string;
  label: string;
  createdByLabel: string | null;
  createdAt: Date;
}

export interface ListState {
  enabled: boolean;
  rules: StoredRule[];
}

export interface PlannedList {
  enabled: boolean;
  rules: { cidr: string; label: string }[];
}

export type ChangeResult =
  | { status: 'saved'; changed: boolean; version: number; enabled: boolean; rules: number }
  /** Nothing was saved: the panel list would refuse the admin's own address; ask, naming it, then send it back. */
  | { status: 'confirm-lockout'; ip: string };

export async function readList(tx: DbTransaction, organizationId: string, scope: Scope): Promise<ListState> {
  const [list, rules] = await Promise.all([
    tx.ipAccessList.findUnique({ where: { organizationId_scope: { organizationId, scope: toDbScope(scope) } } }),
    tx.ipAccessRule.findMany({
      where: { organizationId, scope: toDbScope(scope) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, cidr: true, label: true, createdByLabel: true, createdAt: true },
    }),
  ]);
  return { enabled: list?.enabled ?? false, rules };
}

/** How a list appears in the audit log: its state and every entry, readable without the database. */
const forAudit = (l: { enabled: boolean; rules: { cidr: string; label: string }[] }) => ({
  enabled: l.enabled,
  rules: l.rules.map((r) => `${displayNetwork(r.cidr)} (${r.label})`),
});

class LockoutConfirmationNeeded extends Error {
  constructor(readonly ip: string) {
    super('lockout confirmation needed');
  }
}

export async function changeIpAccessList(input: {
  organization: { id: string; name: string };
  scope: Scope;
  action: AuditAction;
  actor: AuditActor;
  /** Who made the change, as the administrators' email names them. */
  who: string;
  createdBy: { id: string | null; label: string | null };
  meta: RequestMeta;
  plan: (current: ListState) => PlannedList;
  /** For changes made from a browser: the panel list must not silently shut out this address. */
  lockout?: { ip: string | null; confirmedIp?: string | null };
  /** Import saves exactly what was previewed: refuse if the lists changed since. */
  expectedVersion?: number;
}): Promise<ChangeResult> {
  const organizationId = input.organization.id;
  try {
    return await db().$transaction(async (tx) => {
      // Serialises changes of one organization's lists (and orders the version).
      const locked = await tx.$queryRaw<{ ipAccessVersion: number }[]>`
        SELECT "ipAccessVersion" FROM "Organization" WHERE id = ${organizationId}::uuid FOR UPDATE`;
      if (!locked[0]) throw new AppError('NOT_FOUND');
      const version = locked[0].ipAccessVersion;
      if (input.expectedVersion !== undefined && input.expectedVersion !== version) {
        throw new AppError('IP_IMPORT_STALE');
      }
      const current = await readList(tx, organizationId, input.scope);
      const next = input.plan(current);
      if (next.enabled && next.rules.length === 0) throw new AppError('IP_LIST_ENABLED_EMPTY');
      if (next.rules.length > MAX_RULES_PER_SCOPE) {
        throw new AppError('IP_LIST_TOO_LONG', { max: MAX_RULES_PER_SCOPE, count: next.rules.length });
      }
      if (input.scope === 'panel' && next.enabled && input.lockout) {
        const ip = input.lockout.ip;
        if (!ip || !compileMatcher(next.rules.map((r) => r.cidr)).has(ip)) {
          const named = ip ?? 'unknown';
          if (input.lockout.confirmedIp !== named) throw new LockoutConfirmationNeeded(named);
        }
      }

      const diff = diffRules(current.rules, next.rules);
      const enabledChanged = current.enabled !== next.enabled;
      if (!enabledChanged && !diff.added.length && !diff.removed.length && !diff.relabelled.length) {
        return { status: 'saved', changed: false, version, enabled: current.enabled, rules: current.rules.length };
      }

      const dbScope = toDbScope(input.scope);
      if (diff.removed.length) {
        await tx.ipAccessRule.deleteMany({
          where: { organizationId, scope: dbScope, cidr: { in: diff.removed.map((r) => r.cidr) } },
        });
      }
      if (diff.added.length) {
        await tx.ipAccessRule.createMany({
          data: diff.added.map((r) => ({
            organizationId,
            scope: dbScope,
            cidr: r.cidr,
            label: r.label,
            createdById: input.createdBy.id,
            createdByLabel: input.createdBy.label,
          })),
        });
      }
      for (const r of diff.relabelled) {
        await tx.ipAccessRule.update({
          where: { organizationId_scope_cidr: { organizationId, scope: dbScope, cidr: r.cidr } },
          data: { label: r.to },
        });
      }
      await tx.ipAccessList.upsert({
        where: { organizationId_scope: { organizationId, scope: dbScope } },
        create: { organizationId, scope: dbScope, enabled: next.enabled },
        update: { enabled: next.enabled },
      });
      const updated = await tx.organization.update({
        where: { id: organizationId },
        data: { ipAccessVersion: { increment: 1 } },
        select: { ipAccessVersion: true },
      });

      const { title } = SCOPE_INFO[input.scope];
      const what = [
        ...(enabledChanged ? [next.enabled ? `Turned the list on.` : `Turned the list off.`] : []),
        ...diff.added.map((r) => `Added ${displayNetwork(r.cidr)} (${r.label}).`),
        ...diff.removed.map((r) => `Removed ${displayNetwork(r.cidr)} (${r.label}).`),
        ...diff.relabelled.map((r) => `Relabelled ${displayNetwork(r.cidr)}: “${r.from}” → “${r.to}”.`),
      ];
      const shown =
        what.length > 12 ? [...what.slice(0, 12), `… and ${what.length - 12} more changes (see the audit log).`] : what;
      await recordAudit(tx, {
        organizationId,
        action: input.action,
        actor: input.actor,
        target: { type: 'ip_access_list', id: input.scope, label: `${title} allowlist` },
        changes: {
          scope: input.scope,
          before: forAudit(current),
          after: forAudit(next),
          added: diff.added.map((r) => displayNetwork(r.cidr)),
          removed: diff.removed.map((r) => displayNetwork(r.cidr)),
        },
        meta: input.meta,
      });
      const { brand, appUrl } = getConfig();
      const when = formatDateTime(new Date());
      await notify(tx, {
        event: 'ip_access.changed',
        organizationId,
        title: `${title} allowlist changed`,
        body: `${input.who}: ${shown.join(' ')}`.slice(0, 1000),
        link: '/account/ip-access',
        email: (r) =>
          ipAccessEmails.changed({
            brand: brand.name,
            name: r.name,
            organizationName: input.organization.name,
            who: input.who,
            scopeTitle: title,
            what: shown,
            enabled: next.enabled,
            when,
            ip: input.meta.ip,
            url: new URL('/account/ip-access', appUrl).toString(),
          }),
      });
      return {
        status: 'saved',
        changed: true,
        version: updated.ipAccessVersion,
        enabled: next.enabled,
        rules: next.rules.length,
      };
    });
  } catch (err) {
    if (err instanceof LockoutConfirmationNeeded) return { status: 'confirm-lockout', ip: err.ip };
    throw err;
  }
}
