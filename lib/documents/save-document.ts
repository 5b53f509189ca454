import crypto from 'node:crypto';
import { z } from 'zod';
import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { ZDocumentDetailsSchema, ZSlugSchema, type TDocumentDetails } from '@/lib/validation/documents';
import { currentFile, toDocumentDto, type DocumentDto } from './dto';
import { sniffDocument } from './sniff';
import { documentStorage } from './storage';
import { RESERVED_SLUGS } from './vendor';
import { bumpPublicVersion } from '@/lib/http/public-version';

export interface SaveDocumentInput extends TDocumentDetails {
  /** Set to edit an existing document (and optionally upload a new file version). */
  documentId?: string;
  /** Public id for a new document. */
  slug?: string;
  file?: { name: string; bytes: Uint8Array } | null;
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Refuses an upload that is too big or whose content is not on the allowlist (by magic bytes). */
export function checkUpload(file: { name: string; bytes: Uint8Array }) {
  const max = getConfig().documents.maxUploadBytes;
  if (file.bytes.length > max)
    throw new AppError('VALIDATION', undefined, { file: [fieldMessage('FILE_TOO_LARGE', { limit: mb(max) })] });
  if (file.bytes.length === 0) throw new AppError('VALIDATION', undefined, { file: [fieldMessage('FILE_EMPTY')] });
  const sniffed = sniffDocument(file.bytes);
  if (!sniffed.ok) throw new AppError('VALIDATION', undefined, { file: [sniffed.message] });
  return sniffed;
}

const safeFileName = (name: string, extension: string) => {
  const base =
    name
      .replace(/\.[^.]*$/, '')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'document';
  return `${base}.${extension}`;
};

/**
 * Creates a document or edits one; a new file becomes the current version and the older files are kept.
 * The file is written before the transaction and removed again if the transaction fails.
 */
export async function saveDocument(ctx: Ctx, input: SaveDocumentInput): Promise<DocumentDto> {
  const { session, organization } = await authorize(ctx, 'content:edit');
  const organizationId = organization.id;
  const details = ZDocumentDetailsSchema.parse(input);
  const sniffed = input.file ? checkUpload(input.file) : null;
  let slug: string | undefined;
  if (!input.documentId) {
    const parsed = ZSlugSchema.safeParse(input.slug);
    if (!parsed.success) throw new AppError('VALIDATION', undefined, { slug: [parsed.error.issues[0]!.message] });
    if (RESERVED_SLUGS.has(parsed.data))
      throw new AppError('VALIDATION', undefined, { slug: [fieldMessage('DOCUMENT_SLUG_RESERVED')] });
    slug = parsed.data;
    if (!input.file) throw new AppError('VALIDATION', undefined, { file: [fieldMessage('FILE_REQUIRED')] });
  }

  const storageKey = sniffed ? `${organizationId}/${crypto.randomUUID()}.${sniffed.extension}` : null;
  if (storageKey && input.file) await documentStorage().put(storageKey, input.file.bytes);
  try {
    const saved = await db().$transaction(async (tx) => {
      const data = {
        title: details.title,
        category: details.category,
        description: details.description,
        version: details.version,
        visibility: details.visibility,
        validFrom: details.validFrom ? new Date(details.validFrom) : null,
        validUntil: details.validUntil ? new Date(details.validUntil) : null,
      };
      let documentId: string;
      if (input.documentId) {
        // Tenancy: another organization's document is simply not found (R25).
        const existing = z.uuid().safeParse(input.documentId).success
          ? await tx.document.findFirst({ where: { id: input.documentId, organizationId } })
          : null;
        if (!existing) throw new AppError('NOT_FOUND');
        await tx.document.update({ where: { id: existing.id }, data });
        documentId = existing.id;
      } else {
        if (await tx.document.findUnique({ where: { slug: slug! } }))
          throw new AppError('VALIDATION', undefined, { slug: [fieldMessage('DOCUMENT_SLUG_TAKEN')] });
        documentId = (await tx.document.create({ data: { ...data, slug: slug!, organizationId } })).id;
      }
      let sha256: string | null = null;
      if (storageKey && input.file && sniffed) {
        sha256 = crypto.createHash('sha256').update(input.file.bytes).digest('hex');
        await tx.documentFile.create({
          data: {
            documentId,
            version: details.version,
            storageKey,
            fileName: safeFileName(input.file.name, sniffed.extension),
            contentType: sniffed.contentType,
            size: input.file.bytes.length,
            sha256,
            uploadedByLabel: session.user.email,
          },
        });
      }
      const doc = await tx.document.findUniqueOrThrow({ where: { id: documentId }, include: currentFile });
      await recordAudit(tx, {
        organizationId,
        action: sha256 ? 'document.uploaded' : 'document.updated',
        actor: actorOf(ctx),
        target: { type: 'document', id: documentId, label: doc.title },
        changes: {
          ...data,
          ...(sha256 ? { sha256, size: input.file!.bytes.length, contentType: sniffed!.contentType } : {}),
        },
        meta: ctx.meta,
      });
      return toDocumentDto(doc);
    });
    // The documents page and content pages linking documents are cached (lib/http/public-cache.mjs).
    bumpPublicVersion('content');
    return saved;
  } catch (err) {
    if (storageKey)
      await documentStorage()
        .delete(storageKey)
        .catch(() => undefined);
    throw err;
  }
}
