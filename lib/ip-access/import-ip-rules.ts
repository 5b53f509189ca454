import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { ZImportIpRulesSchema, type TImportIpRulesIn } from '@/lib/validation/ip-access';
import { parseInput } from '@/lib/validation/parse-input';
import { changedBy } from './changed-by';
import { changeIpAccessList, type ChangeResult } from './change-list';
import { plannedFromText, problemsError } from './import-plan';

/** Replaces a scope's list with the previewed text, as long as nothing changed since the preview. */
export async function importIpRules(ctx: Ctx, raw: TImportIpRulesIn): Promise<ChangeResult> {
  const admin = changedBy(await authorize(ctx, 'ip-access:manage', { sudo: true }));
  const input = parseInput(ZImportIpRulesSchema, raw);
  return changeIpAccessList({
    ...admin,
    scope: input.scope,
    action: 'ip_access.list_imported',
    meta: ctx.meta,
    expectedVersion: input.expectedVersion,
    lockout: { ip: ctx.meta.ip, confirmedIp: input.confirmLockoutIp },
    plan: (current) => {
      const { problems, rules } = plannedFromText(input.text, current.rules);
      if (problems.length) throw problemsError(problems);
      return { enabled: current.enabled, rules };
    },
  });
}
