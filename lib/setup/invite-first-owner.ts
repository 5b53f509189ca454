import { recordAudit } from '@/lib/audit/record';
import { randomToken, sha256Hex } from '@/lib/auth/tokens';
import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { sendInvitationEmail } from '@/lib/users/invitation-email';
import { parseInput } from '@/lib/validation/parse-input';
import { ZInviteFirstOwnerSchema } from '@/lib/validation/setup';
import { createVendorOrganization } from './vendor-organization';

export interface FirstOwnerInvitedDTO {
  organizationId: string;
  organizationName: string;
  email: string;
  /** The invitation link (also emailed): shown once to the operator at the terminal. */
  url: string;
  expiresAt: Date;
}

/**
 * `npm run setup -- --email …`: the headless first-run setup for an operator at the server's terminal
 * (who already controls the database, so no setup token). Creates the vendor organization and invites
 * its first Owner by email; accepting the invitation sets the password, then two-factor enrolment follows.
 */
export async function inviteFirstOwner(rawInput: unknown): Promise<FirstOwnerInvitedDTO> {
  const input = parseInput(ZInviteFirstOwnerSchema, rawInput);
  const { brand, appUrl, invitationExpiryDays } = getConfig();
  const organizationName = input.organizationName ?? brand.name;
  const token = randomToken(32);
  const expiresAt = new Date(Date.now() + invitationExpiryDays * 86_400_000);
  const actor = { type: 'SYSTEM' as const, id: null, label: 'npm run setup' };
  return db().$transaction(async (tx) => {
    const org = await createVendorOrganization(tx, organizationName);
    const invitation = await tx.invitation.create({
      data: {
        organizationId: org.id,
        email: input.email,
        role: 'owner',
        tokenHash: sha256Hex(token),
        invitedByLabel: 'the server operator (npm run setup)',
        expiresAt,
      },
    });
    await recordAudit(tx, {
      organizationId: org.id,
      action: 'setup.owner_invited',
      actor,
      target: { type: 'invitation', id: invitation.id, label: input.email },
      changes: {
        after: {
          organization: org.name,
          slug: org.slug,
          kind: 'VENDOR',
          owner: input.email,
          role: 'Owner',
          twoFactorRequired: true,
          expiresAt: expiresAt.toISOString(),
        },
      },
      meta: { ip: null, userAgent: null, requestId: null },
    });
    await sendInvitationEmail(tx, {
      token,
      email: input.email,
      inviter: { name: 'The server operator', email: 'npm run setup' },
      organization: org.name,
      roleLabel: 'Owner',
      expiresAt,
    });
    const url = new URL('/invitation', appUrl);
    url.searchParams.set('token', token);
    return { organizationId: org.id, organizationName: org.name, email: input.email, url: url.toString(), expiresAt };
  });
}
