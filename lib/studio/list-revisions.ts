import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZPageRefSchema } from '@/lib/validation/studio';
import { STUDIO } from './access';
import type { RevisionSummary } from './dto';
import { findPage, userNames } from './pages';

type RevisionRow = {
  id: string;
  number: number;
  message: string;
  authorLabel: string;
  createdAt: Date;
  publishedAt: Date | null;
  publishedById: string | null;
  origin: string;
};

export function toRevisionSummary(
  r: RevisionRow,
  publishedRevisionId: string | null,
  names: Map<string, string>,
): RevisionSummary {
  return {
    id: r.id,
    number: r.number,
    message: r.message,
    author: r.authorLabel,
    createdAt: r.createdAt.toISOString(),
    publishedAt: r.publishedAt?.toISOString() ?? null,
    publishedBy: r.publishedById ? (names.get(r.publishedById) ?? 'A former member') : r.publishedAt ? 'Import' : null,
    origin: r.origin,
    isPublished: r.id === publishedRevisionId,
  };
}

/** A page's history, newest first. */
export async function listRevisions(ctx: Ctx, input: { pageId: string }): Promise<RevisionSummary[]> {
  await authorize(ctx, 'content:edit', STUDIO);
  const { pageId } = parseInput(ZPageRefSchema, input);
  const page = await findPage(db(), pageId);
  const rows = await db().contentRevision.findMany({
    where: { pageId },
    orderBy: { number: 'desc' },
    select: {
      id: true,
      number: true,
      message: true,
      authorLabel: true,
      createdAt: true,
      publishedAt: true,
      publishedById: true,
      origin: true,
    },
  });
  const names = await userNames(
    db(),
    rows.map((r) => r.publishedById),
  );
  return rows.map((r) => toRevisionSummary(r, page.publishedRevisionId, names));
}
