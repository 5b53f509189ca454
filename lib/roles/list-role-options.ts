import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import type { RoleOptionDTO } from './dto';
import { allRoleChoices, mayAssign } from './role-choice';

/** The roles to offer when inviting, changing a role or granting support access. */
export async function listRoleOptions(ctx: Ctx): Promise<RoleOptionDTO[]> {
  const signedIn = await authorize(ctx, 'account:read');
  const org = signedIn.organization;
  const choices = await allRoleChoices(db(), org);
  return choices.map((c) => ({
    ref: c.ref,
    label: c.label,
    administrative: c.administrative,
    assignable: mayAssign(signedIn, c),
  }));
}
