import { authorize } from '@/lib/access/authorize';
import type { ApiCtx } from '@/lib/api/api-context';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { signedAnchor, signedHead, type AnchorStatement, type HeadStatement } from './checkpoints';

export const AUDIT_KEY_PATH = '/.well-known/audit-checkpoint-key';

/** The chain's current head and where it starts, both signed: what an admin writes down to compare later. */
export interface AuditHeadDTO {
  /** null while the chain has no events. */
  head: HeadStatement | null;
  /** null = the chain starts at its genesis; else retention's signed anchor. */
  anchor: AnchorStatement | null;
  /** Where the public key of the signatures is published. */
  publicKeyUrl: string;
}

async function readHead(organizationId: string): Promise<AuditHeadDTO> {
  // One transaction: the head and the anchor describe the same moment of the chain.
  return db().$transaction(async (tx) => ({
    head: await signedHead(tx, organizationId),
    anchor: await signedAnchor(tx, organizationId),
    publicKeyUrl: AUDIT_KEY_PATH,
  }));
}

/** The viewer: the signed head of the caller's organization. */
export async function readAuditHead(ctx: Ctx): Promise<AuditHeadDTO> {
  const { organization } = await authorize(ctx, 'audit:read');
  return readHead(organization.id);
}

/** GET /api/v1/audit-events/head: the same, for the API key's organization. */
export async function readAuditHeadForApi(api: ApiCtx): Promise<AuditHeadDTO> {
  return readHead(api.organization.id);
}
