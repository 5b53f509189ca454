import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError, appErrorOnFields } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseInput } from '@/lib/validation/parse-input';
import { ZCreateCustomerSchema, type TCreateCustomer } from '@/lib/validation/customers';
import { auditBoth } from './audit-both';
import { inviteOwner } from './owner-invitation';
import { outsideInvitationDomains } from './status';

export interface CustomerCreatedDTO {
  id: string;
  slug: string;
  name: string;
  ownerEmail: string;
}

const slugTaken = (slug: string) =>
  new AppError('CUSTOMER_SLUG_TAKEN', { slug }, { slug: [fieldMessage('SLUG_TAKEN')] });

/** Creates a customer organization and invites its first Owner by email, in one audited transaction. */
export async function createCustomer(ctx: Ctx, raw: TCreateCustomer): Promise<CustomerCreatedDTO> {
  const staff = await authorize(ctx, 'customers:manage', { vendorOnly: 'customer organizations' });
  const input = parseInput(ZCreateCustomerSchema, raw);
  const refusal = outsideInvitationDomains(input.ownerEmail, input.emailDomains);
  if (refusal) throw appErrorOnFields(['ownerEmail'], 'INVITATION_DOMAIN_NOT_ALLOWED', refusal);
  try {
    return await db().$transaction(async (tx) => {
      if (await tx.organization.findUnique({ where: { slug: input.slug }, select: { id: true } }))
        throw slugTaken(input.slug);
      const org = await tx.organization.create({
        data: { name: input.name, slug: input.slug, kind: 'CUSTOMER', invitationDomains: input.emailDomains },
      });
      await auditBoth(tx, staff, org, 'customer.created', {
        after: { name: org.name, slug: org.slug, invitationDomains: input.emailDomains },
      });
      await inviteOwner(tx, staff, org, input.ownerEmail);
      return { id: org.id, slug: org.slug, name: org.name, ownerEmail: input.ownerEmail };
    });
  } catch (err) {
    // Two creations racing for one slug: the unique index decides, the loser gets the same message.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw slugTaken(input.slug);
    throw err;
  }
}
