import { z } from 'zod';
import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZRevisionRefSchema } from '@/lib/validation/studio';
import { STUDIO } from './access';
import type { RevisionDetail } from './dto';
import { toRevisionSummary } from './list-revisions';
import { frontmatterField, pageRoute, userNames } from './pages';

/** One revision with the revision before it, for the history's diff. */
export async function getRevision(ctx: Ctx, input: { revisionId: string }): Promise<RevisionDetail> {
  await authorize(ctx, 'content:edit', STUDIO);
  const { revisionId } = parseInput(ZRevisionRefSchema, input);
  const revision = z.uuid().safeParse(revisionId).success
    ? await db().contentRevision.findUnique({ where: { id: revisionId }, include: { page: true } })
    : null;
  if (!revision || revision.page.deletedAt) throw new AppError('NOT_FOUND');
  const previous = await db().contentRevision.findFirst({
    where: { pageId: revision.pageId, number: { lt: revision.number } },
    orderBy: { number: 'desc' },
    select: { source: true },
  });
  const names = await userNames(db(), [revision.publishedById]);
  return {
    ...toRevisionSummary(revision, revision.page.publishedRevisionId, names),
    pageId: revision.pageId,
    pageTitle: frontmatterField(revision.source, 'title') ?? revision.page.slug,
    route: pageRoute(revision.page),
    source: revision.source,
    previousSource: previous?.source ?? null,
  };
}
