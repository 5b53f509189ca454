import { z } from 'zod';
import { withApiKey } from '@/lib/api/with-api-key';
import { AppError } from '@/lib/errors';
import { checkIpForApi } from '@/lib/ip-access/check-ip-for-api';
import { ZScope, ZTestIpAddressSchema } from '@/lib/validation/ip-access';
import { queryInput } from '@/lib/validation/input';
import { fieldErrorsFrom } from '@/lib/validation/action-input';

export const dynamic = 'force-dynamic';

const ZCheckQuery = z.object({ scope: ZScope, ip: ZTestIpAddressSchema.shape.address });

/** GET /api/v1/ip-access/check?scope=smtp&ip=192.0.2.10 → { allowed, listEnabled, reason, … } */
export const GET = withApiKey(async (api, request) => {
  const parsed = ZCheckQuery.safeParse({
    scope: queryInput(request.nextUrl.searchParams).scope,
    ip: queryInput(request.nextUrl.searchParams).ip,
  });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error);
    throw new AppError(
      'API_QUERY_INVALID',
      {
        problems: Object.entries(fieldErrors)
          .map(([k, v]) => `${k}: ${v.join(' ')}`)
          .join(' '),
      },
      fieldErrors,
    );
  }
  const result = await checkIpForApi(api, { scope: parsed.data.scope, address: parsed.data.ip });
  return Response.json(result, { headers: { 'Cache-Control': 'no-store' } });
});
