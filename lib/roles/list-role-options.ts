import { assertCan } from '@/lib/access/can';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { organizationOf } from '@/lib/users/member-rules';
import type { RoleOptionDTO } from './dto';
import { allRoleChoices, mayAssign } from './role-choice';

/** The roles to offer when inviting, changing a role or granting support access. */
export async function listRoleOptions(ctx: Ctx): Promise<RoleOptionDTO[]> {
  await assertCan(ctx, 'account:read');
  const signedIn = { ...ctx, session: ctx.session! };
  const org = organizationOf(signedIn);
  const choices = await allRoleChoices(db(), org);
  return choices.map((c) => ({ ref: c.ref, label: c.label, administrative: c.administrative, assignable: mayAssign(signedIn, c) }));
}
