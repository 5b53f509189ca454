import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import type { TAutoApproveRule } from '@/lib/validation/documents';

export interface AutoApproveRuleDto {
  id: string;
  domain: string;
  expiryDays: number;
  createdAt: string;
}

// Email domains (e.g. existing customers') whose verified requests are granted without a review.

export async function listAutoApproveRules(ctx: Ctx): Promise<AutoApproveRuleDto[]> {
  const { organization } = await authorize(ctx, 'content:publish');
  const rows = await db().documentAutoApproveRule.findMany({
    where: { organizationId: organization.id },
    orderBy: { domain: 'asc' },
  });
  return rows.map((r) => ({
    id: r.id,
    domain: r.domain,
    expiryDays: r.expiryDays,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function addAutoApproveRule(ctx: Ctx, input: TAutoApproveRule): Promise<AutoApproveRuleDto> {
  const organizationId = (await authorize(ctx, 'content:publish')).organization.id;
  return db().$transaction(async (tx) => {
    if (
      await tx.documentAutoApproveRule.findUnique({
        where: { organizationId_domain: { organizationId, domain: input.domain } },
      })
    ) {
      throw new AppError('VALIDATION', undefined, { domain: [fieldMessage('AUTO_APPROVE_DOMAIN_LISTED')] });
    }
    const r = await tx.documentAutoApproveRule.create({
      data: { organizationId, domain: input.domain, expiryDays: input.expiryDays },
    });
    await recordAudit(tx, {
      organizationId,
      action: 'document.auto_approve_rule_added',
      actor: actorOf(ctx),
      target: { type: 'auto_approve_rule', id: r.id, label: r.domain },
      changes: { expiryDays: r.expiryDays },
      meta: ctx.meta,
    });
    return { id: r.id, domain: r.domain, expiryDays: r.expiryDays, createdAt: r.createdAt.toISOString() };
  });
}

export async function removeAutoApproveRule(ctx: Ctx, input: { ruleId: string }): Promise<void> {
  const organizationId = (await authorize(ctx, 'content:publish')).organization.id;
  await db().$transaction(async (tx) => {
    const r = await tx.documentAutoApproveRule.findFirst({ where: { id: input.ruleId, organizationId } });
    if (!r) throw new AppError('NOT_FOUND');
    await tx.documentAutoApproveRule.delete({ where: { id: r.id } });
    await recordAudit(tx, {
      organizationId,
      action: 'document.auto_approve_rule_removed',
      actor: actorOf(ctx),
      target: { type: 'auto_approve_rule', id: r.id, label: r.domain },
      meta: ctx.meta,
    });
  });
}
