import type { TPageFrontmatter } from '@/lib/validation/content';
import type { DbTransaction } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { sha256 } from './source-hash';

// Revisions are immutable snapshots of a page's source, numbered 1, 2, 3… per page.

export async function nextRevisionNumber(tx: DbTransaction, pageId: string): Promise<number> {
  const last = await tx.contentRevision.findFirst({
    where: { pageId },
    orderBy: { number: 'desc' },
    select: { number: true },
  });
  return (last?.number ?? 0) + 1;
}

export async function createRevision(
  tx: DbTransaction,
  data: {
    pageId: string;
    source: string;
    frontmatter: TPageFrontmatter | Record<string, unknown>;
    message: string;
    authorId: string | null;
    authorLabel: string;
    contributorIds: string[];
    origin: 'import' | 'review' | 'restore';
    restoredFromId?: string | null;
    /** Translations: the source page's revision this one was made from. */
    sourceRevisionNumber?: number | null;
    publishedAt?: Date | null;
    publishedById?: string | null;
  },
) {
  return tx.contentRevision.create({
    data: {
      ...data,
      frontmatter: data.frontmatter as Prisma.InputJsonValue,
      number: await nextRevisionNumber(tx, data.pageId),
      sourceHash: sha256(data.source),
    },
  });
}
