import 'server-only';
// The wrapper of every /api/v1 route handler: authenticate the API key, apply the organization's `api`
// IP list to this request's address, rate-limit per key, run the handler, and answer every failure as
// JSON with its status (401, 403, 404, 429…) — a coded error never becomes a 500.
//
//   export const GET = withApiKey(async (api, request) => Response.json(await something(api, …)));
import type { NextRequest } from 'next/server';
import { AppError, HTTP_STATUS } from '@/lib/errors';
import { getConfig } from '@/lib/config';
import { parseTrustedProxies, resolveClientIp } from '@/lib/http/client-ip';
import { enforceIpAccess } from '@/lib/ip-access/enforce';
import { logger } from '@/lib/log';
import type { RequestMeta } from '@/lib/request-context';
import { consume } from '@/lib/security/rate-limit';
import { apiKeyActor, type ApiCtx } from './api-context';
import { authenticateApiKey } from './authenticate-api-key';

/** The JSON error body of the API: `{ "error": "<message>", "code": "<CODE>", "reason": "<REASON>", "requestId": "…" }`. */
export function apiError(
  err: AppError,
  init: { requestId?: string | null; headers?: Record<string, string>; details?: Record<string, unknown> } = {},
): Response {
  return Response.json(
    {
      error: err.message,
      code: err.code,
      reason: err.reason,
      ...(init.details ?? {}),
      requestId: init.requestId ?? undefined,
    },
    { status: HTTP_STATUS[err.code], headers: { 'Cache-Control': 'no-store', ...init.headers } },
  );
}

function errorResponse(err: AppError, requestId: string | null): Response {
  const headers: Record<string, string> = {};
  if (err.code === 'UNAUTHENTICATED') headers['WWW-Authenticate'] = 'Bearer realm="api", error="invalid_token"';
  const retry = err.details?.retryAfterSeconds;
  if (err.code === 'RATE_LIMITED' && typeof retry === 'number') headers['Retry-After'] = String(retry);
  const details = err.fieldErrors ? { fieldErrors: err.fieldErrors } : undefined;
  return apiError(err, { requestId, headers, details });
}

let trusted: { from: string[]; parsed: ReturnType<typeof parseTrustedProxies> } | undefined;

/** Who is asking, from where (R26): the same rules as lib/request-context.ts, read from the request itself. */
export function apiRequestMeta(request: Request): RequestMeta {
  const { trustedProxies } = getConfig();
  if (trusted?.from !== trustedProxies) trusted = { from: trustedProxies, parsed: parseTrustedProxies(trustedProxies) };
  const h = request.headers;
  return {
    requestId: h.get('x-request-id'),
    ip: resolveClientIp({
      peer: h.get('x-tc-peer-address'),
      forwardedFor: h.get('x-forwarded-for'),
      trustedProxies: trusted.parsed,
    }),
    userAgent: h.get('user-agent')?.slice(0, 512) ?? null,
  };
}

export function withApiKey<C = unknown>(handler: (api: ApiCtx, request: NextRequest, context: C) => Promise<Response>) {
  return async (request: NextRequest, context: C): Promise<Response> => {
    const meta = apiRequestMeta(request);
    try {
      const api = await authenticateApiKey(request.headers.get('authorization'), meta);
      await enforceIpAccess({
        scope: 'api',
        organization: api.organization,
        actor: apiKeyActor(api),
        meta,
        path: request.nextUrl.pathname,
      });
      const limit = await consume('apiRequestsPerKey', api.apiKey.id);
      if (limit.limited) {
        throw new AppError('API_KEY_RATE_LIMITED', { seconds: limit.retryAfterSeconds }, undefined, {
          retryAfterSeconds: limit.retryAfterSeconds,
        });
      }
      return await handler(api, request, context);
    } catch (err) {
      if (err instanceof AppError) return errorResponse(err, meta.requestId);
      logger.error(
        { requestId: meta.requestId, err: { message: (err as Error)?.message, stack: (err as Error)?.stack } },
        'api request failed',
      );
      return apiError(new AppError('INTERNAL'), { requestId: meta.requestId });
    }
  };
}
