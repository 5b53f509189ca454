'use server';

import { submitAbuseReport } from '@/lib/abuse/submit-abuse-report';
import { createAction } from '@/lib/dal';
import { ZAbuseReportSchema } from '@/lib/validation/abuse';

/**
 * The form's action (useFormAction, so it also works as a plain form post without JavaScript). A
 * refused report hands the typed values back, so nothing the reporter wrote is lost.
 */
export const reportAbuseAction = createAction({
  tier: 'public',
  schema: ZAbuseReportSchema,
  returnValues: ['category', 'evidence', 'description', 'reporterEmail'],
  handler: submitAbuseReport,
});
