import crypto from 'node:crypto';
import { withApiKey } from '@/lib/api/with-api-key';
import { AppError } from '@/lib/errors';
import { exportCompiledRules } from '@/lib/ip-access/export-compiled-rules';
import { ZScope } from '@/lib/validation/ip-access';
import { queryInput } from '@/lib/validation/input';

export const dynamic = 'force-dynamic';

/** Does If-None-Match name this ETag (or *)? Weak and strong forms compare equal, as RFC 9110 allows for GET. */
function notModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

/** GET /api/v1/ip-access/rules[?scope=smtp] → compiled lists, with an ETag for cheap polling (304). */
export const GET = withApiKey(async (api, request) => {
  const scopeParam = queryInput(request.nextUrl.searchParams).scope ?? null;
  let scope;
  if (scopeParam !== null) {
    const parsed = ZScope.safeParse(scopeParam);
    if (!parsed.success) throw new AppError('API_IP_SCOPE_INVALID');
    scope = parsed.data;
  }
  const body = JSON.stringify(await exportCompiledRules(api, { scope }));
  const etag = `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const headers = { ETag: etag, 'Cache-Control': 'private, no-cache' };
  if (notModified(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
});
