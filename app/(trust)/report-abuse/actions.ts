'use server';

import { submitAbuseReport } from '@/lib/abuse/submit-abuse-report';
import { createAction } from '@/lib/dal';
import { toErrorResult, type ActionResult } from '@/lib/errors';
import { ZAbuseReportSchema } from '@/lib/validation/abuse';
import { formInput } from '@/lib/validation/input';

const submit = createAction({ tier: 'public', schema: ZAbuseReportSchema, handler: submitAbuseReport });

export type ReportAbuseState =
  | (ActionResult<{ reference: string }> & { values?: Record<'category' | 'evidence' | 'description' | 'reporterEmail', string> })
  | null;

/**
 * The form's action (useActionState, so it also works as a plain form post without JavaScript). A
 * refused report hands the typed values back, so nothing the reporter wrote is lost.
 */
export async function reportAbuseAction(prev: ReportAbuseState, formData: FormData): Promise<ReportAbuseState> {
  let fields: Record<string, unknown>;
  try {
    fields = formInput(formData);
  } catch (err) {
    return toErrorResult(err);
  }
  const result = await submit(prev, formData);
  if (result.ok) return result;
  const text = (name: string) => {
    const v = fields[name];
    return typeof v === 'string' ? v.slice(0, 20_000) : '';
  };
  return {
    ...result,
    values: { category: text('category'), evidence: text('evidence'), description: text('description'), reporterEmail: text('reporterEmail') },
  };
}
