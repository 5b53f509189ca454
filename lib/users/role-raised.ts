import { getConfig } from '@/lib/config';
import type { Prisma } from '@/lib/generated/prisma/client';
import { notify } from '@/lib/notifications/notify';
import { userEmails } from './emails';

/** Tells the organization's admins (critical: always, by email and in the app) that someone became an administrator. */
export async function notifyRoleRaised(
  tx: Prisma.TransactionClient,
  p: {
    organization: { id: string; name: string };
    member: { name: string; email: string };
    from: string;
    to: string;
    by: { name: string; email: string };
  },
): Promise<void> {
  const { brand, appUrl } = getConfig();
  const member = `${p.member.name} (${p.member.email})`;
  const by = `${p.by.name} (${p.by.email})`;
  await notify(tx, {
    event: 'user.role_raised',
    organizationId: p.organization.id,
    title: `${p.member.name} is now ${p.to}`,
    body: `${by} changed the role of ${member} from ${p.from} to ${p.to}.`,
    link: '/account/users',
    email: (r) =>
      userEmails.roleRaised({
        brand: brand.name,
        name: r.name,
        member,
        organization: p.organization.name,
        from: p.from,
        to: p.to,
        by,
        url: new URL('/account/users', appUrl).toString(),
      }),
  });
}
