import { withApiKey } from '@/lib/api/with-api-key';
import { readAuditHeadForApi } from '@/lib/audit/read-audit-head';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/audit-events/head → { head, anchor, publicKeyUrl }: the audit chain's current head (seq,
 * hash, time) signed with the server's Ed25519 key, and retention's signed anchor when the chain was
 * pruned. A SIEM that stores it can later prove that the chain was not cut or rolled back.
 */
export const GET = withApiKey(async (api) =>
  Response.json(await readAuditHeadForApi(api), { headers: { 'Cache-Control': 'no-store' } }),
);
