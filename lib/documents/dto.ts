import type { Document, DocumentFile } from '@/lib/generated/prisma/client';

export interface DocumentFileDto {
  id: string;
  version: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string;
}

export interface DocumentDto {
  id: string;
  slug: string;
  title: string;
  category: string;
  description: string;
  version: string;
  visibility: 'PUBLIC' | 'GATED';
  validFrom: string | null;
  validUntil: string | null;
  /** The current file (the newest); null if none was uploaded yet. */
  file: DocumentFileDto | null;
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function toFileDto(f: DocumentFile): DocumentFileDto {
  return {
    id: f.id,
    version: f.version,
    fileName: f.fileName,
    contentType: f.contentType,
    size: f.size,
    sha256: f.sha256,
    uploadedAt: f.createdAt.toISOString(),
    uploadedBy: f.uploadedByLabel,
  };
}

export function toDocumentDto(d: Document & { files: DocumentFile[] }): DocumentDto {
  const current = [...d.files].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  return {
    id: d.id,
    slug: d.slug,
    title: d.title,
    category: d.category,
    description: d.description,
    version: d.version,
    visibility: d.visibility,
    validFrom: day(d.validFrom),
    validUntil: day(d.validUntil),
    file: current ? toFileDto(current) : null,
  };
}

/** Newest file first, so `files: { take: 1 }` includes just the current file. */
export const currentFile = { files: { orderBy: { createdAt: 'desc' as const }, take: 1 } };
