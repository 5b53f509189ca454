// Each process keeps every organization's lists compiled in memory. The organization row carries a
// version that every change increments in the same transaction; the session (or API key) read already
// brings that row, so checking freshness costs no query: a newer version means recompile, from any process.
import { db } from '@/lib/db';
import { compileMatcher, type IpMatcher } from './matcher';
import { fromDbScope, SCOPES, type Scope } from './scopes';

export interface CompiledPolicy {
  organizationId: string;
  version: number;
  scopes: Record<Scope, { enabled: boolean; matcher: IpMatcher }>;
}

const MAX_ORGANIZATIONS = 5000;
const KEY = Symbol.for('trust-center.ip-access.policies');
// On globalThis: Next.js may evaluate this module more than once per process.
const slot = globalThis as {
  [KEY]?: { compiled: Map<string, CompiledPolicy>; loading: Map<string, Promise<CompiledPolicy>> };
};
const state = (slot[KEY] ??= { compiled: new Map(), loading: new Map() });

async function load(organizationId: string): Promise<CompiledPolicy> {
  const prisma = db();
  // The version first, then the rules: the rules are at least as new as the version recorded with them,
  // so a concurrent change can only make the cache look older than it is (and be reloaded), never newer.
  const org = await prisma.organization.findUnique({
    where: { id: organizationId },
    select: { ipAccessVersion: true },
  });
  const [lists, rules] = await Promise.all([
    prisma.ipAccessList.findMany({ where: { organizationId }, select: { scope: true, enabled: true } }),
    prisma.ipAccessRule.findMany({ where: { organizationId }, select: { scope: true, cidr: true } }),
  ]);
  const scopes = {} as CompiledPolicy['scopes'];
  for (const scope of SCOPES) {
    scopes[scope] = {
      enabled: lists.some((l) => fromDbScope(l.scope) === scope && l.enabled),
      matcher: compileMatcher(rules.filter((r) => fromDbScope(r.scope) === scope).map((r) => r.cidr)),
    };
  }
  return { organizationId, version: org?.ipAccessVersion ?? 0, scopes };
}

function remember(policy: CompiledPolicy): void {
  const current = state.compiled.get(policy.organizationId);
  if (current && current.version > policy.version) return;
  state.compiled.delete(policy.organizationId);
  state.compiled.set(policy.organizationId, policy);
  if (state.compiled.size > MAX_ORGANIZATIONS) state.compiled.delete(state.compiled.keys().next().value!);
}

/**
 * The organization's compiled lists, at least as new as `knownVersion` (the version read with the
 * session or API key). Without it, one small query asks for the current version.
 */
export async function compiledPolicy(organizationId: string, knownVersion?: number): Promise<CompiledPolicy> {
  const cached = state.compiled.get(organizationId);
  let wanted = knownVersion;
  if (wanted === undefined) {
    const org = await db().organization.findUnique({
      where: { id: organizationId },
      select: { ipAccessVersion: true },
    });
    wanted = org?.ipAccessVersion ?? 0;
  }
  if (cached && cached.version >= wanted) return cached;
  let pending = state.loading.get(organizationId);
  if (!pending) {
    pending = load(organizationId).finally(() => state.loading.delete(organizationId));
    state.loading.set(organizationId, pending);
  }
  let policy = await pending;
  // A load that started before the change we were told about: read again.
  if (policy.version < wanted) policy = await load(organizationId);
  remember(policy);
  return policy;
}

export interface IpVerdict {
  allowed: boolean;
  /** Whether the scope's list is on; when off, every address is allowed. */
  enabled: boolean;
  version: number;
}

/** The one check: is `ip` allowed for this organization and scope? An unknown address is not. */
export async function checkIpAccess(input: {
  organizationId: string;
  scope: Scope;
  ip: string | null;
  knownVersion?: number;
}): Promise<IpVerdict> {
  const policy = await compiledPolicy(input.organizationId, input.knownVersion);
  const list = policy.scopes[input.scope];
  if (!list.enabled) return { allowed: true, enabled: false, version: policy.version };
  return { allowed: input.ip !== null && list.matcher.has(input.ip), enabled: true, version: policy.version };
}

/** Tests and the benchmark: start cold. */
export function clearCompiledPolicies(): void {
  state.compiled.clear();
}
