import { z } from 'zod';
import { ZEmailSchema } from './auth';

// Customer organizations (Studio → Customers): shared by the forms and the server actions.

/** Lower-case letters, digits and single hyphens, 2–40 characters: it appears in URLs and commands. */
export const ZCustomerSlugSchema = z
  .string({ message: 'Enter a slug.' })
  .trim()
  .toLowerCase()
  .min(2, 'The slug needs at least 2 characters.')
  .max(40, 'The slug can have at most 40 characters.')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens, e.g. “umbrella-corp”.');

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** "umbrella.example, umbrella.co.uk" (commas, spaces or new lines) → ['umbrella.example', 'umbrella.co.uk']. */
export const ZEmailDomainsSchema = z
  .union(
    [
      z.string().max(2000, 'List at most 50 domains.'),
      z.array(z.string().max(253)).max(50, 'List at most 50 domains.'),
    ],
    {
      message: 'List the domains separated by commas.',
    },
  )
  .optional()
  .transform((v, ctx) => {
    const text = Array.isArray(v) ? v.join(',') : (v ?? '');
    const domains = [
      ...new Set(
        text
          .split(/[\s,;]+/)
          .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
          .filter(Boolean),
      ),
    ];
    const bad = domains.filter((d) => !DOMAIN.test(d));
    if (bad.length)
      ctx.addIssue({
        code: 'custom',
        message: `Not a domain name: ${bad.slice(0, 3).join(', ')}. Write domains like “umbrella.example”.`,
      });
    if (domains.length > 50) ctx.addIssue({ code: 'custom', message: 'List at most 50 domains.' });
    return domains;
  });

export const ZCreateCustomerSchema = z.object({
  name: z
    .string({ message: 'Enter the organization’s name.' })
    .trim()
    .min(2, 'The name needs at least 2 characters.')
    .max(100, 'The name can have at most 100 characters.'),
  slug: ZCustomerSlugSchema,
  emailDomains: ZEmailDomainsSchema,
  ownerEmail: ZEmailSchema,
});
export type TCreateCustomer = z.input<typeof ZCreateCustomerSchema>;

export const ZCustomerIdSchema = z.object({ customerId: z.uuid({ message: 'Unknown customer organization.' }) });
export type TCustomerId = z.infer<typeof ZCustomerIdSchema>;

export const ZInviteCustomerOwnerSchema = z.object({
  customerId: z.uuid({ message: 'Unknown customer organization.' }),
  email: ZEmailSchema,
});
export type TInviteCustomerOwner = z.infer<typeof ZInviteCustomerOwnerSchema>;

export const ZDeleteCustomerSchema = z.object({
  customerId: z.uuid({ message: 'Unknown customer organization.' }),
  confirmSlug: z.string({ message: 'Type the slug to confirm.' }).trim().max(100, 'Type the slug to confirm.'),
});
export type TDeleteCustomer = z.infer<typeof ZDeleteCustomerSchema>;
