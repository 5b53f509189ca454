import { z } from 'zod';
import { parseIpAddress, parseIpNetwork } from '@/lib/ip-access/address';
import { SCOPES } from '@/lib/ip-access/scopes';
import { cleanLabel, MAX_IMPORT_CHARS, MAX_LABEL_LENGTH } from '@/lib/ip-access/text-format';

// Shared by the IP access forms and the server. Addresses are validated by lib/ip-access/address.ts, so
// the message says exactly what is wrong ("Octet out of range…", "Prefix too long…", "Host bits set…").

export const ZScope = z.enum(SCOPES, { message: 'Choose the panel, API or SMTP list.' });

/** The address a user confirmed they will lock out (named in the dialog), sent back with the change. */
const ZConfirmLockout = z.string().max(64).optional();

export const ZIpNetwork = z
  .string({ message: 'Enter an IP address or range.' })
  .max(100, 'That is too long for an IP address or range.')
  .transform((value, ctx) => {
    const parsed = parseIpNetwork(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    return parsed.value.cidr;
  });

export const ZRuleLabel = z
  .string({ message: 'Add a label, like “Office” or “Mail servers”.' })
  .max(MAX_LABEL_LENGTH * 2, `Keep the label under ${MAX_LABEL_LENGTH} characters.`)
  .transform(cleanLabel)
  .pipe(
    z
      .string()
      .min(1, 'Add a label, like “Office” or “Mail servers”, so others know what this address is.')
      .max(MAX_LABEL_LENGTH),
  );

export const ZAddIpRuleSchema = z.object({
  scope: ZScope,
  address: ZIpNetwork,
  label: ZRuleLabel,
  confirmLockoutIp: ZConfirmLockout,
});
export type TAddIpRule = z.output<typeof ZAddIpRuleSchema>;
export type TAddIpRuleIn = z.input<typeof ZAddIpRuleSchema>;

export const ZRemoveIpRuleSchema = z.object({
  ruleId: z.uuid({ message: 'Unknown rule.' }),
  confirmLockoutIp: ZConfirmLockout,
});
export type TRemoveIpRule = z.output<typeof ZRemoveIpRuleSchema>;
export type TRemoveIpRuleIn = z.input<typeof ZRemoveIpRuleSchema>;

const ZBool = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

export const ZSetIpListEnabledSchema = z.object({ scope: ZScope, enabled: ZBool, confirmLockoutIp: ZConfirmLockout });
export type TSetIpListEnabled = z.output<typeof ZSetIpListEnabledSchema>;
export type TSetIpListEnabledIn = z.input<typeof ZSetIpListEnabledSchema>;

const ZRuleText = z
  .string()
  .max(MAX_IMPORT_CHARS, `Import at most ${MAX_IMPORT_CHARS.toLocaleString('en')} characters at a time.`);

export const ZPreviewIpImportSchema = z.object({ scope: ZScope, text: ZRuleText });
export type TPreviewIpImport = z.output<typeof ZPreviewIpImportSchema>;
export type TPreviewIpImportIn = z.input<typeof ZPreviewIpImportSchema>;

export const ZImportIpRulesSchema = z.object({
  scope: ZScope,
  text: ZRuleText,
  expectedVersion: z.coerce.number().int().min(0),
  confirmLockoutIp: ZConfirmLockout,
});
export type TImportIpRules = z.output<typeof ZImportIpRulesSchema>;
export type TImportIpRulesIn = z.input<typeof ZImportIpRulesSchema>;

export const ZTestIpAddressSchema = z.object({
  address: z
    .string({ message: 'Enter an IP address.' })
    .max(100, 'That is too long for an IP address.')
    .transform((value, ctx) => {
      const parsed = parseIpAddress(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      return parsed.value;
    }),
});
export type TTestIpAddress = z.output<typeof ZTestIpAddressSchema>;
export type TTestIpAddressIn = z.input<typeof ZTestIpAddressSchema>;

/** The form's raw shape; testIpAddress parses the address itself (with the messages above). */
export const ZTestIpAddressFormSchema = z.object({
  address: z.string({ message: 'Enter an IP address.' }).max(100, 'That is too long for an IP address.'),
});
