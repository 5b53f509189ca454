import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { toDocumentDto, toFileDto, type DocumentDto, type DocumentFileDto } from './dto';
import { isUuid } from '@/lib/validation/input';

export interface LibraryDocumentDto extends DocumentDto {
  views: number;
  downloads: number;
}

/** The studio's library with per-document views and downloads (no cookies: counted on the server). */
export async function listDocuments(ctx: Ctx): Promise<LibraryDocumentDto[]> {
  const organizationId = (await authorize(ctx, 'content:edit')).organization.id;
  const [docs, counts] = await Promise.all([
    db().document.findMany({
      where: { organizationId },
      include: { files: { orderBy: { createdAt: 'desc' }, take: 1 } },
      orderBy: [{ category: 'asc' }, { title: 'asc' }],
    }),
    db().documentEvent.groupBy({ by: ['documentId', 'kind'], where: { organizationId }, _count: { _all: true } }),
  ]);
  const count = (id: string, kind: 'VIEW' | 'DOWNLOAD') =>
    counts.find((c) => c.documentId === id && c.kind === kind)?._count._all ?? 0;
  return docs.map((d) => ({ ...toDocumentDto(d), views: count(d.id, 'VIEW'), downloads: count(d.id, 'DOWNLOAD') }));
}

/** One document with all its file versions, newest first. */
export async function getDocument(
  ctx: Ctx,
  input: { documentId: string },
): Promise<DocumentDto & { files: DocumentFileDto[] }> {
  const organizationId = (await authorize(ctx, 'content:edit')).organization.id;
  const doc = isUuid(input.documentId)
    ? await db().document.findFirst({
        where: { id: input.documentId, organizationId },
        include: { files: { orderBy: { createdAt: 'desc' } } },
      })
    : null;
  if (!doc) throw new AppError('NOT_FOUND');
  return { ...toDocumentDto(doc), files: doc.files.map(toFileDto) };
}
