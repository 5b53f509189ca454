import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// Structured trust-center data lives in content/data/*.json and is validated once per process.
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

export const ZSectionSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  description: z.string().min(1),
  path: z.string().startsWith('/'),
});

export const ZCertificationSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  standard: z.string().min(1),
  issuer: z.string().min(1),
  scope: z.string().min(1),
  validFrom: isoDate,
  validUntil: isoDate,
  status: z.enum(['valid', 'expired', 'in-progress', 'suspended']),
  certificateNumber: z.string().nullable(),
  documentId: z.string().nullable().optional(),
  page: z.string().startsWith('/'),
});

export const ZDocumentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  category: z.enum(['Certificates', 'Audit reports', 'Policies', 'Legal', 'Penetration tests']),
  description: z.string().min(1),
  version: z.string().min(1),
  visibility: z.enum(['public', 'gated']),
  validFrom: isoDate,
  validUntil: isoDate.nullable(),
});

export type TSection = z.infer<typeof ZSectionSchema>;
export type TCertification = z.infer<typeof ZCertificationSchema>;
export type TDocument = z.infer<typeof ZDocumentSchema>;

const cache = new Map<string, unknown>();

function load<T>(file: string, schema: z.ZodType<T>): T {
  if (cache.has(file)) return cache.get(file) as T;
  const full = path.join(process.cwd(), 'content', 'data', file);
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(full, 'utf8')));
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`content/data/${file} is invalid: ${where}`);
  }
  cache.set(file, parsed.data);
  return parsed.data;
}

export const loadSections = () => load('sections.json', z.array(ZSectionSchema));
export const loadCertifications = () => load('certifications.json', z.array(ZCertificationSchema));
export const loadDocuments = () => load('documents.json', z.array(ZDocumentSchema));

/** Forgets what was read, so the next load sees edited files (publishing, tests). */
export function clearStructuredDataCache(): void {
  cache.clear();
}
