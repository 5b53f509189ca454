import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { ZAddIpRuleSchema, type TAddIpRuleIn } from '@/lib/validation/ip-access';
import { parseInput } from '@/lib/validation/parse-input';
import { displayNetwork } from './address';
import { changedBy } from './changed-by';
import { changeIpAccessList, type ChangeResult } from './change-list';

/** Adds one address or range to a scope's list (sudo mode; audited; administrators notified). */
export async function addIpRule(ctx: Ctx, raw: TAddIpRuleIn): Promise<ChangeResult> {
  const admin = changedBy(await authorize(ctx, 'ip-access:manage', { sudo: true }));
  const input = parseInput(ZAddIpRuleSchema, raw);
  return changeIpAccessList({
    ...admin,
    scope: input.scope,
    action: 'ip_access.rule_added',
    meta: ctx.meta,
    lockout: { ip: ctx.meta.ip, confirmedIp: input.confirmLockoutIp },
    plan: (current) => {
      const existing = current.rules.find((r) => r.cidr === input.address);
      if (existing) {
        throw new AppError('VALIDATION', undefined, {
          address: [
            fieldMessage('IP_RULE_DUPLICATE', { address: displayNetwork(input.address), label: existing.label }),
          ],
        });
      }
      return { enabled: current.enabled, rules: [...current.rules, { cidr: input.address, label: input.label }] };
    },
  });
}
