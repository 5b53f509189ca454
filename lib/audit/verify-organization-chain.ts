import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { recordAudit } from './record';
import { verifyChain, type ChainReport } from './verify-chain';

/** "Verify integrity" in the viewer: checks the whole chain, and records that it was checked. */
export async function verifyOrganizationChain(ctx: Ctx): Promise<ChainReport> {
  const { session, organization } = await authorize(ctx, 'audit:read');
  const report = await verifyChain(db(), organization.id);
  await db().$transaction((tx) =>
    recordAudit(tx, {
      organizationId: organization.id,
      action: 'audit.verified',
      actor: { type: 'USER', id: session.user.id, label: session.user.email },
      target: { type: 'audit_log', id: organization.id, label: organization.name },
      outcome: report.ok ? 'SUCCESS' : 'FAILURE',
      changes: { checked: report.checked, firstBreak: report.firstBreak },
      meta: ctx.meta,
    }),
  );
  return report;
}
