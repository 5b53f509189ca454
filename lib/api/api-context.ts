import type { AuditActor } from '@/lib/audit/record';
import type { RequestMeta } from '@/lib/request-context';

/**
 * Who is calling /api/v1: an organization API key, never a person. Handlers scope every query by
 * `organization.id` from here, exactly as use-cases do with the session's organization.
 */
export interface ApiCtx {
  meta: RequestMeta;
  organization: { id: string; slug: string; name: string; ipAccessVersion: number };
  apiKey: { id: string; name: string; prefix: string };
}

/** Audit events written on behalf of an API key carry actor type API_KEY. */
export function apiKeyActor(api: Pick<ApiCtx, 'apiKey'>): AuditActor {
  return { type: 'API_KEY', id: api.apiKey.id, label: `${api.apiKey.name} (${api.apiKey.prefix})` };
}
