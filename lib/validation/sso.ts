import { z } from 'zod';
import { ZEmailSchema } from './auth';

export { ZEmailSchema };

/** Checkboxes arrive as "on"/"true" from a form post and as booleans from JavaScript. */
const ZBool = z.union([z.boolean(), z.enum(['true', 'false', 'on']).transform((v) => v !== 'false')]);
const ZUuid = z.string().uuid('Reload the page and try again.');

export const ZSsoLookUpSchema = z.object({ email: ZEmailSchema });

export const ZSaveSsoConnectionFormSchema = z.object({
  issuer: z.string().trim().min(1, 'Enter the issuer URL.').max(500),
  clientId: z.string().trim().min(1, 'Enter the client ID.').max(300),
  clientSecret: z.string().max(2000).optional().default(''),
  defaultRole: z.string().trim().min(1).max(80).default('member'),
  jitProvisioning: ZBool.optional().default(false),
  idpEnforcesMfa: ZBool.optional().default(false),
});

export const ZClaimDomainSchema = z.object({
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .max(253)
    .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'Enter a domain such as globex.com.'),
});
export const ZDomainIdSchema = z.object({ domainId: ZUuid });
export const ZRequireSsoSchema = z.object({ enabled: ZBool });
export const ZBreakGlassSchema = z.object({ userId: ZUuid, breakGlass: ZBool });
