import crypto from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { db } from '@/lib/db';
import { downloadPublicDocument } from '@/lib/documents/download-public-document';
import { getDocument, listDocuments } from '@/lib/documents/list-documents';
import { listPublicDocuments } from '@/lib/documents/list-public-documents';
import { saveDocument } from '@/lib/documents/save-document';
import { sniffDocument } from '@/lib/documents/sniff';
import { AppError } from '@/lib/errors';
import { anonymousCtx, auditActions } from '@/tests/fixtures/factories';
import { documentWorld } from '@/tests/fixtures/documents';

let w: Awaited<ReturnType<typeof documentWorld>>;
beforeAll(async () => {
  w = await documentWorld();
});
afterEach(() => {
  delete process.env.DOCUMENT_MAX_UPLOAD_MB;
  resetConfigForTests();
});

const details = {
  title: 'Pen-test summary',
  category: 'Penetration tests',
  description: 'Summary of the 2026 external test.',
  version: '1',
  visibility: 'GATED' as const,
};
const fieldError = async (p: Promise<unknown>, field: string) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).fieldErrors?.[field]?.[0] ?? '';
};

describe('document library', () => {
  it('stores the file with its SHA-256 and shows it publicly; public files download as uploaded', async () => {
    const sha = crypto.createHash('sha256').update(w.pdf).digest('hex');
    expect(w.open.file?.sha256).toBe(sha);
    const pub = await listPublicDocuments(anonymousCtx());
    expect(pub.map((d) => d.slug).sort()).toEqual(['iso-cert', 'soc2-report']);
    const dl = await downloadPublicDocument(anonymousCtx(), { slug: 'iso-cert' });
    expect(Buffer.from(dl!.bytes).equals(Buffer.from(w.pdf))).toBe(true);
    // A gated document never downloads through the public route.
    expect(await downloadPublicDocument(anonymousCtx(), { slug: 'soc2-report' })).toBeNull();
  });

  it('keeps old versions when the file is replaced', async () => {
    const text = new TextEncoder().encode('Version two of the summary, plain text.\n');
    const doc = await saveDocument(w.staff, {
      ...details,
      slug: 'pentest',
      file: { name: 'pentest.pdf', bytes: w.pdf },
    });
    const next = await saveDocument(w.staff, {
      ...details,
      version: '2',
      documentId: doc.id,
      file: { name: 'pentest-v2.txt', bytes: text },
    });
    expect(next.file?.contentType).toBe('text/plain; charset=utf-8');
    const full = await getDocument(w.staff, { documentId: doc.id });
    expect(full.files.map((f) => f.version)).toEqual(['2', '1']);
    expect(await auditActions(w.vendor.id)).toContain('document.uploaded');
  });

  it('[R25] refuses a renamed executable by its content, whatever the name says', async () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, ...new Array(200).fill(0)]);
    const msg = await fieldError(
      saveDocument(w.staff, { ...details, slug: 'evil', file: { name: 'report.pdf', bytes: exe } }),
      'file',
    );
    expect(msg).toMatch(/program \(executable\)/);
    const elf = sniffDocument(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]));
    expect(elf.ok).toBe(false);
    expect(sniffDocument(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])).ok).toBe(false);
    expect(await db().document.findUnique({ where: { slug: 'evil' } })).toBeNull();
  });

  it('recognises PNG, JPEG and an XLSX by its entries', () => {
    expect(sniffDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])).ok).toBe(true);
    expect(sniffDocument(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])).ok).toBe(true);
    const name = Buffer.from('xl/workbook.xml');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(name.length, 26);
    const sniffed = sniffDocument(new Uint8Array(Buffer.concat([header, name])));
    expect(sniffed.ok && sniffed.extension).toBe('xlsx');
  });

  it('enforces the configured size limit', async () => {
    process.env.DOCUMENT_MAX_UPLOAD_MB = '1';
    resetConfigForTests();
    const big = new Uint8Array(1024 * 1024 + 1).fill(0x41);
    const msg = await fieldError(
      saveDocument(w.staff, { ...details, slug: 'too-big', file: { name: 'big.txt', bytes: big } }),
      'file',
    );
    expect(msg).toBe('The file is larger than the limit of 1 MB.');
  });

  it('[R25] needs content:edit, and another organization sees none of the library', async () => {
    await expect(
      saveDocument(w.member, { ...details, slug: 'nope', file: { name: 'a.pdf', bytes: w.pdf } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getDocument(w.outsider, { documentId: w.gated.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(saveDocument(w.outsider, { ...details, documentId: w.gated.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await listDocuments(w.outsider)).toEqual([]);
  });
});
