import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ZRemoveIpRuleSchema, type TRemoveIpRuleIn } from '@/lib/validation/ip-access';
import { parseInput } from '@/lib/validation/parse-input';
import { changedBy } from './changed-by';
import { changeIpAccessList, type ChangeResult } from './change-list';
import { fromDbScope } from './scopes';

/** Removes one entry. Another organization's rule id answers NOT_FOUND (R25). */
export async function removeIpRule(ctx: Ctx, raw: TRemoveIpRuleIn): Promise<ChangeResult> {
  const admin = changedBy(await authorize(ctx, 'ip-access:manage', { sudo: true }));
  const input = parseInput(ZRemoveIpRuleSchema, raw);
  const rule = await db().ipAccessRule.findFirst({
    where: { id: input.ruleId, organizationId: admin.organization.id },
  });
  if (!rule) throw new AppError('IP_RULE_NOT_FOUND');
  return changeIpAccessList({
    ...admin,
    scope: fromDbScope(rule.scope),
    action: 'ip_access.rule_removed',
    meta: ctx.meta,
    lockout: { ip: ctx.meta.ip, confirmedIp: input.confirmLockoutIp },
    plan: (current) => {
      const rules = current.rules.filter((r) => r.id !== rule.id);
      if (rules.length === current.rules.length) throw new AppError('IP_RULE_NOT_FOUND');
      if (current.enabled && rules.length === 0) {
        throw new AppError('IP_RULE_LAST_OF_ENABLED_LIST');
      }
      return { enabled: current.enabled, rules };
    },
  });
}
