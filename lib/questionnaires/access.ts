import type { AuthorizedCtx } from '@/lib/access/authorize';
import { authorize } from '@/lib/access/authorize';
import { recordDenial } from '@/lib/access/refusal';
import type { Ctx } from '@/lib/context';
import type { DbTransaction, PrismaClient } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { STUDIO } from '@/lib/studio/access';

// Questionnaires are the vendor staff's work (content:edit, like the studio): a customer organization is
// told NOT_FOUND and the refusal is audited (STUDIO); another organization's questionnaire id finds
// nothing, since every query is scoped by the caller's organization (R25).

export async function authorizeQuestionnaires(ctx: Ctx): Promise<AuthorizedCtx> {
  // A customer organization (an admin holds no content:edit there) is told NOT_FOUND, not FORBIDDEN: the
  // autopilot is the vendor's, and "no" would say a questionnaire exists. Still audited (R27).
  const org = ctx.session?.organization;
  if (ctx.session && (org?.kind !== 'VENDOR' || ctx.session.supportGrant)) {
    await recordDenial(ctx, { permission: 'content:edit', reason: 'questionnaires belong to the vendor' });
    throw new AppError('NOT_FOUND');
  }
  return authorize(ctx, 'content:edit', STUDIO);
}

export async function findQuestionnaire(client: PrismaClient | DbTransaction, organizationId: string, id: string) {
  const q = await client.questionnaire.findFirst({ where: { id, organizationId } });
  if (!q) throw new AppError('NOT_FOUND');
  return q;
}

export async function findRow(client: PrismaClient | DbTransaction, organizationId: string, rowId: string) {
  const row = await client.questionnaireRow.findFirst({
    where: { id: rowId, questionnaire: { organizationId } },
    include: { questionnaire: true },
  });
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export const target = (q: { id: string; company: string }) => ({
  type: 'questionnaire',
  id: q.id,
  label: q.company,
});
