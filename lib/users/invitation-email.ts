import { getConfig } from '@/lib/config';
import type { Prisma } from '@/lib/generated/prisma/client';
import { enqueueMail } from '@/lib/mail/outbox';
import { formatDateTime } from '@/lib/ui/format';
import { userEmails } from './emails';

/** Queues the invitation email in the caller's transaction; the link is built from APP_URL only. */
export async function sendInvitationEmail(
  tx: Prisma.TransactionClient,
  p: {
    token: string;
    email: string;
    inviter: { name: string; email: string };
    organization: string;
    roleLabel: string;
    expiresAt: Date;
  },
): Promise<void> {
  const { brand, appUrl } = getConfig();
  const url = new URL('/invitation', appUrl);
  url.searchParams.set('token', p.token);
  await enqueueMail(tx, {
    to: p.email,
    template: 'invitation',
    rendered: userEmails.invitation({
      brand: brand.name,
      inviterName: p.inviter.name,
      inviterEmail: p.inviter.email,
      organization: p.organization,
      role: p.roleLabel,
      url: url.toString(),
      expires: formatDateTime(p.expiresAt),
    }),
  });
}
