import { z } from 'zod';
import { withApiKey } from '@/lib/api/with-api-key';
import { listAuditEventsForApi } from '@/lib/audit/list-audit-events-for-api';
import { AppError } from '@/lib/errors';
import { ZAuditFilterSchema } from '@/lib/validation/audit';
import { queryInput } from '@/lib/validation/input';

export const dynamic = 'force-dynamic';

const ZLimit = z.coerce
  .number({ message: 'limit must be a number' })
  .int('limit must be a whole number')
  .min(1, 'limit must be at least 1')
  .max(500, 'limit must be at most 500')
  .default(100);

/**
 * GET /api/v1/audit-events?limit=100&cursor=…&action=…&from=YYYY-MM-DD… → { data, nextCursor }
 * Newest first; pass nextCursor back as `cursor` for the next page (null at the end).
 */
export const GET = withApiKey(async (api, request) => {
  const params = queryInput(request.nextUrl.searchParams);
  const { limit: rawLimit, ...rest } = params;
  const limit = ZLimit.safeParse(rawLimit);
  const filter = ZAuditFilterSchema.safeParse(rest);
  if (!limit.success || !filter.success) {
    const issues = [...(limit.success ? [] : limit.error.issues), ...(filter.success ? [] : filter.error.issues)];
    throw new AppError('API_QUERY_INVALID', { problems: issues.map((i) => i.message).join(' ') });
  }
  return Response.json(await listAuditEventsForApi(api, filter.data, limit.data), {
    headers: { 'Cache-Control': 'no-store' },
  });
});
