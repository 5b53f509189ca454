import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { changeIpAccessList, type ChangeResult } from './change-list';
import type { Scope } from './scopes';

/**
 * Break-glass for the server operator (`npm run ip-access -- disable --org <slug>`): turns lists off when
 * an organization's administrators can no longer reach the panel. Reaching the database is the
 * authority here, so there is no session; it is audited as SYSTEM and the administrators are told.
 */
export async function disableIpAccessLists(
  ctx: Ctx,
  input: { organizationSlug: string; scopes: Scope[]; operator: string },
): Promise<{ organization: string; results: { scope: Scope; result: ChangeResult }[] }> {
  const org = await db().organization.findUnique({
    where: { slug: input.organizationSlug },
    select: { id: true, name: true },
  });
  if (!org) throw new AppError('BREAK_GLASS_NO_SUCH_SLUG', { slug: input.organizationSlug });
  const label = `server operator ${input.operator} (break-glass command)`;
  const results = [];
  for (const scope of input.scopes) {
    const result = await changeIpAccessList({
      organization: org,
      scope,
      action: 'ip_access.break_glass',
      actor: { type: 'SYSTEM', id: null, label },
      who: `The server operator (${input.operator}, break-glass command)`,
      createdBy: { id: null, label },
      meta: ctx.meta,
      plan: (current) => ({ enabled: false, rules: current.rules }),
    });
    results.push({ scope, result });
  }
  return { organization: org.name, results };
}
