import type { AuthorizedCtx } from '@/lib/access/authorize';
import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import type { DbTransaction, PrismaClient } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { STUDIO } from '@/lib/studio/access';

// Questionnaires are the vendor staff's work (content:edit, like the studio): a customer organization is
// told NOT_FOUND and the refusal is audited (STUDIO); another organization's questionnaire id finds
// nothing, since every query is scoped by the caller's organization (R25).

export const authorizeQuestionnaires = (ctx: Ctx): Promise<AuthorizedCtx> => authorize(ctx, 'content:edit', STUDIO);

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
