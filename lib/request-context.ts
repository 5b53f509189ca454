import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { getConfig } from '@/lib/config';
import { logger } from '@/lib/log';
import { parseTrustedProxies, resolveClientIp } from '@/lib/http/client-ip';

export interface RequestMeta {
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
}

let trusted: ReturnType<typeof parseTrustedProxies> | undefined;

/** Who is asking, from where — read once per request. The peer header is set only by server.mjs. */
export const getRequestMeta = cache(async (): Promise<RequestMeta> => {
  const h = await headers();
  trusted ??= parseTrustedProxies(getConfig().trustedProxies);
  return {
    requestId: h.get('x-request-id'),
    ip: resolveClientIp({
      peer: h.get('x-tc-peer-address'),
      forwardedFor: h.get('x-forwarded-for'),
      trustedProxies: trusted,
    }),
    userAgent: h.get('user-agent')?.slice(0, 512) ?? null,
  };
});

/** A child logger carrying the current request's id, so every line of a request can be found together. */
export async function requestLogger() {
  const { requestId } = await getRequestMeta();
  return logger.child({ requestId });
}
