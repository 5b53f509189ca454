import { z } from 'zod';

// Webhook endpoints a customer administrator registers (lib/webhooks).

const clean = (v: string) => v.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();

export const ZCreateWebhookSchema = z.object({
  url: z
    .string({ message: 'Enter the address that should receive the events, like https://example.com/hooks/trust.' })
    .trim()
    .min(1, 'Enter the address that should receive the events, like https://example.com/hooks/trust.')
    .max(2000, 'That address is too long (2,000 characters at most).'),
  description: z
    .string()
    .optional()
    .transform((v) => clean(v ?? ''))
    .pipe(z.string().max(200, 'Keep the description under 200 characters.')),
});
export type TCreateWebhook = z.output<typeof ZCreateWebhookSchema>;

export const ZWebhookIdSchema = z.object({ endpointId: z.uuid({ message: 'Unknown webhook endpoint.' }) });
export type TWebhookId = z.output<typeof ZWebhookIdSchema>;

export const ZSetWebhookEnabledSchema = ZWebhookIdSchema.extend({
  enabled: z.preprocess(
    (v) => (v === 'true' ? true : v === 'false' ? false : v),
    z.boolean({ message: 'Choose enable or disable.' }),
  ),
});
export type TSetWebhookEnabled = z.output<typeof ZSetWebhookEnabledSchema>;
