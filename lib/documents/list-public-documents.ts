import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { currentFile, toDocumentDto, type DocumentDto } from './dto';
import { vendorOrganization } from './vendor';

/**
 * The trust center's documents for everyone: titles, descriptions, versions and SHA-256 of the current
 * files. Gated files are listed but never linked. One indexed query per request (the public page is
 * dynamic for that reason).
 */
export async function listPublicDocuments(_ctx: Ctx): Promise<DocumentDto[]> {
  const vendor = await vendorOrganization(db());
  const docs = await db().document.findMany({
    where: { organizationId: vendor.id },
    include: currentFile,
    orderBy: [{ category: 'asc' }, { title: 'asc' }],
  });
  return docs.map(toDocumentDto).filter((d) => d.file);
}

export async function getPublicDocument(_ctx: Ctx, input: { slug: string }): Promise<DocumentDto | null> {
  const vendor = await vendorOrganization(db());
  const doc = await db().document.findFirst({
    where: { organizationId: vendor.id, slug: input.slug },
    include: currentFile,
  });
  return doc ? toDocumentDto(doc) : null;
}
