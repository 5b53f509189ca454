import 'server-only';
import type { Ctx } from '@/lib/context';
import { getRequestMeta } from '@/lib/request-context';

/** Public document pages act for nobody: the request's metadata only (no session lookup, no IP-list check). */
export async function anonymousRequestCtx(): Promise<Ctx> {
  return { meta: await getRequestMeta(), session: null };
}
