import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { currentFile } from './dto';
import { documentStorage } from './storage';
import { vendorOrganization } from './vendor';

/**
 * A public document's current file, as uploaded (its SHA-256 is shown on the page). Counted for the
 * studio's analytics; not audited one by one (anyone may download it, and the audit chain is not a hit
 * counter).
 */
export async function downloadPublicDocument(
  _ctx: Ctx,
  input: { slug: string },
): Promise<{ bytes: Uint8Array; fileName: string; contentType: string; sha256: string } | null> {
  const vendor = await vendorOrganization(db());
  const doc = await db().document.findFirst({
    where: { organizationId: vendor.id, slug: input.slug, visibility: 'PUBLIC' },
    include: currentFile,
  });
  const file = doc?.files[0];
  if (!doc || !file) return null;
  const bytes = await documentStorage().get(file.storageKey);
  await db().documentEvent.create({ data: { organizationId: vendor.id, documentId: doc.id, kind: 'DOWNLOAD' } });
  return { bytes, fileName: file.fileName, contentType: file.contentType, sha256: file.sha256 };
}
