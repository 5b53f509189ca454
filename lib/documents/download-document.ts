import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { currentFile } from './dto';
import { verifyDownload } from './signed-url';
import { documentStorage } from './storage';
import { activeGrant, type AccessEnded } from './viewer-access';
import { watermarkPdf } from './watermark';

export type DownloadResult =
  | { ok: true; bytes: Uint8Array; fileName: string; contentType: string }
  | { ok: false; reason: AccessEnded | 'link-expired' };

/**
 * Serves a gated file for a signed link: signature and expiry first, then the grant again (revocation
 * wins over a still-valid link), then the PDF watermarked for this viewer. Every outcome is audited.
 */
export async function downloadGatedDocument(
  ctx: Ctx,
  input: { token: string },
  now = new Date(),
): Promise<DownloadResult> {
  const claim = verifyDownload(input.token, now.getTime());
  const vendorAudit = async (
    organizationId: string,
    outcome: 'SUCCESS' | 'DENIED',
    label: string | null,
    extra: Record<string, unknown>,
  ) =>
    db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId,
        action: outcome === 'SUCCESS' ? 'document.downloaded' : 'document.download_refused',
        actor: { type: 'ANONYMOUS', id: null, label },
        outcome,
        target: { type: 'document', id: claim?.documentId ?? null },
        changes: extra,
        meta: ctx.meta,
      }),
    );
  if (!claim) return { ok: false, reason: 'link-expired' };
  const access = await activeGrant(db(), claim.requestId, now);
  const grant = access.ok ? access.grant : null;
  if (!grant || !grant.documentIds.includes(claim.documentId)) {
    const req = await db().documentAccessRequest.findUnique({
      where: { id: claim.requestId },
      select: { organizationId: true, email: true },
    });
    if (req)
      await vendorAudit(req.organizationId, 'DENIED', req.email, { reason: access.ok ? 'not granted' : access.reason });
    return { ok: false, reason: access.ok ? 'invalid' : access.reason };
  }
  const doc = await db().document.findFirst({
    where: { id: claim.documentId, organizationId: grant.organizationId },
    include: currentFile,
  });
  const file = doc?.files[0];
  if (!doc || !file) return { ok: false, reason: 'invalid' };
  const original = await documentStorage().get(file.storageKey);
  const bytes =
    file.contentType === 'application/pdf'
      ? await watermarkPdf(original, {
          name: grant.request.name,
          email: grant.request.email,
          company: grant.request.company,
          at: now,
          documentId: `${doc.slug} v${file.version} (${file.id.slice(0, 8)})`,
        })
      : original;
  await db().$transaction(async (tx) => {
    await tx.documentEvent.create({
      data: {
        organizationId: grant.organizationId,
        documentId: doc.id,
        kind: 'DOWNLOAD',
        requestId: grant.requestId,
        email: grant.request.email,
      },
    });
    await recordAudit(tx, {
      organizationId: grant.organizationId,
      action: 'document.downloaded',
      actor: { type: 'ANONYMOUS', id: null, label: grant.request.email },
      target: { type: 'document', id: doc.id, label: doc.title },
      changes: { fileId: file.id, version: file.version, watermarked: file.contentType === 'application/pdf' },
      meta: ctx.meta,
    });
  });
  return { ok: true, bytes, fileName: file.fileName, contentType: file.contentType };
}
