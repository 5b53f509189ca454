import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { displayNetwork } from './address';
import { readList } from './change-list';
import { compileMatcher } from './matcher';
import { SCOPE_INFO, SCOPES, type Scope } from './scopes';
import { formatRuleText } from './text-format';

export interface IpRuleDTO {
  id: string;
  address: string;
  label: string;
  createdBy: string | null;
  createdAt: string;
}

export interface IpScopeDTO {
  scope: Scope;
  title: string;
  description: string;
  enabled: boolean;
  rules: IpRuleDTO[];
  exportText: string;
  /** Whether the admin's current address is inside this list (whatever its state). */
  containsCurrentIp: boolean;
}

export interface IpAccessSettingsDTO {
  organizationName: string;
  version: number;
  currentIp: string | null;
  scopes: IpScopeDTO[];
  recent: { id: string; at: string; action: string; actor: string | null; ip: string | null; detail: string }[];
}

const RECENT_ACTIONS = [
  'ip_access.rule_added',
  'ip_access.rule_removed',
  'ip_access.list_enabled',
  'ip_access.list_disabled',
  'ip_access.list_imported',
  'ip_access.break_glass',
  'ip_access.denied',
];

const PHRASES: Record<string, string> = {
  'ip_access.rule_added': 'Added an address',
  'ip_access.rule_removed': 'Removed an address',
  'ip_access.list_enabled': 'Turned a list on',
  'ip_access.list_disabled': 'Turned a list off',
  'ip_access.list_imported': 'Imported a list',
  'ip_access.break_glass': 'Lists turned off by the server operator (break-glass)',
  'ip_access.denied': 'Refused a request',
};

function detailOf(action: string, changes: unknown): string {
  const c = (changes ?? {}) as { scope?: string; ip?: string; added?: string[]; removed?: string[]; path?: string };
  const scope = c.scope && c.scope in SCOPE_INFO ? SCOPE_INFO[c.scope as Scope].title : (c.scope ?? '');
  if (action === 'ip_access.denied') return `${scope}: ${c.ip ?? 'unknown address'}${c.path ? ` on ${c.path}` : ''}`;
  const parts = [...(c.added ?? []).map((a) => `+${a}`), ...(c.removed ?? []).map((a) => `−${a}`)];
  return `${scope}${parts.length ? `: ${parts.slice(0, 6).join(', ')}${parts.length > 6 ? ` and ${parts.length - 6} more` : ''}` : ''}`;
}

/** Everything the IP access page shows, for the session's organization only. */
export async function getIpAccessSettings(ctx: Ctx): Promise<IpAccessSettingsDTO> {
  const { organization } = await authorize(ctx, 'ip-access:manage');
  const prisma = db();
  const [org, lists, recent] = await Promise.all([
    prisma.organization.findUniqueOrThrow({ where: { id: organization.id }, select: { ipAccessVersion: true } }),
    prisma.$transaction((tx) => Promise.all(SCOPES.map((s) => readList(tx, organization.id, s)))),
    prisma.auditEvent.findMany({
      where: { organizationId: organization.id, action: { in: RECENT_ACTIONS } },
      orderBy: { seq: 'desc' },
      take: 15,
      select: { id: true, occurredAt: true, action: true, actorLabel: true, ip: true, changes: true },
    }),
  ]);
  const ip = ctx.meta.ip;
  return {
    organizationName: organization.name,
    version: org.ipAccessVersion,
    currentIp: ip,
    scopes: SCOPES.map((scope, i) => {
      const list = lists[i]!;
      const info = SCOPE_INFO[scope];
      return {
        scope,
        title: info.title,
        description: info.description,
        enabled: list.enabled,
        rules: list.rules.map((r) => ({
          id: r.id,
          address: displayNetwork(r.cidr),
          label: r.label,
          createdBy: r.createdByLabel,
          createdAt: r.createdAt.toISOString(),
        })),
        exportText: formatRuleText({
          organizationName: organization.name,
          scopeTitle: info.title,
          enabled: list.enabled,
          rules: list.rules,
        }),
        containsCurrentIp: ip !== null && compileMatcher(list.rules.map((r) => r.cidr)).has(ip),
      };
    }),
    recent: recent.map((e) => ({
      id: e.id,
      at: e.occurredAt.toISOString(),
      action: PHRASES[e.action] ?? e.action,
      actor: e.actorLabel,
      ip: e.ip,
      detail: detailOf(e.action, e.changes),
    })),
  };
}
