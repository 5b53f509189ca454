import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { AppError } from '@/lib/errors';
import { ZSetIpListEnabledSchema, type TSetIpListEnabledIn } from '@/lib/validation/ip-access';
import { parseInput } from '@/lib/validation/parse-input';
import { changedBy } from './changed-by';
import { changeIpAccessList, type ChangeResult } from './change-list';
import { SCOPE_INFO } from './scopes';

/** Turns a scope's list on (enforced) or off (every address allowed). An empty list cannot be turned on. */
export async function setIpListEnabled(ctx: Ctx, raw: TSetIpListEnabledIn): Promise<ChangeResult> {
  const admin = changedBy(await authorize(ctx, 'ip-access:manage', { sudo: true }));
  const input = parseInput(ZSetIpListEnabledSchema, raw);
  return changeIpAccessList({
    ...admin,
    scope: input.scope,
    action: input.enabled ? 'ip_access.list_enabled' : 'ip_access.list_disabled',
    meta: ctx.meta,
    lockout: { ip: ctx.meta.ip, confirmedIp: input.confirmLockoutIp },
    plan: (current) => {
      if (input.enabled && current.rules.length === 0) {
        throw new AppError('IP_LIST_EMPTY_CANNOT_ENABLE', { list: SCOPE_INFO[input.scope].title });
      }
      return { enabled: input.enabled, rules: current.rules };
    },
  });
}
