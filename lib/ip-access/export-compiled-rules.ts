import type { ApiCtx } from '@/lib/api/api-context';
import { db } from '@/lib/db';
import type { CompiledRanges } from './matcher';
import { compiledPolicy } from './policy-cache';
import { fromDbScope, SCOPES, type Scope } from './scopes';

export interface CompiledRulesDTO {
  organization: string;
  version: number;
  scopes: Partial<
    Record<Scope, { enabled: boolean; rules: { cidr: string; label: string }[]; ranges: CompiledRanges }>
  >;
}

/**
 * The organization's lists for enforcement elsewhere (the SMTP edge): per scope whether it is on, its
 * entries, and the compiled form — merged, sorted, disjoint ranges, ready for a binary search.
 */
export async function exportCompiledRules(api: ApiCtx, input: { scope?: Scope }): Promise<CompiledRulesDTO> {
  const policy = await compiledPolicy(api.organization.id, api.organization.ipAccessVersion);
  const scopes = input.scope ? [input.scope] : [...SCOPES];
  const rules = await db().ipAccessRule.findMany({
    where: { organizationId: api.organization.id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { scope: true, cidr: true, label: true },
  });
  const out: CompiledRulesDTO = { organization: api.organization.slug, version: policy.version, scopes: {} };
  for (const scope of scopes) {
    out.scopes[scope] = {
      enabled: policy.scopes[scope].enabled,
      rules: rules.filter((r) => fromDbScope(r.scope) === scope).map((r) => ({ cidr: r.cidr, label: r.label })),
      ranges: policy.scopes[scope].matcher.ranges(),
    };
  }
  return out;
}
