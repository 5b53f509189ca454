import { z } from 'zod';

export const ZCreateApiKeySchema = z.object({
  name: z
    .string({ message: 'Name the key after what will use it, like “Mail gateway”.' })
    .transform((v) => v.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, 'Name the key after what will use it, like “Mail gateway”.')
        .max(80, 'Keep the name under 80 characters.'),
    ),
});
export type TCreateApiKey = z.output<typeof ZCreateApiKeySchema>;

/** The form, which may carry the password (asked in the form itself when there is no "Confirm it's you" dialog). */
export const ZCreateApiKeyFormSchema = ZCreateApiKeySchema.extend({
  password: z.string().max(1024, 'That password is too long.').optional(),
});

export const ZRevokeApiKeySchema = z.object({ keyId: z.uuid({ message: 'Unknown API key.' }) });
export type TRevokeApiKey = z.output<typeof ZRevokeApiKeySchema>;
