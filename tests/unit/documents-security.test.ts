import { afterEach, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { signDownload, verifyDownload } from '@/lib/documents/signed-url';
import { sniffDocument } from '@/lib/documents/sniff';
import { viewerCookie } from '@/lib/documents/viewer-cookie';
import { watermarkLine } from '@/lib/documents/watermark';

afterEach(() => {
  delete process.env.APP_URL;
  delete process.env.AUTH_SECRET;
  delete process.env.DOCUMENT_LINK_TTL_SECONDS;
  resetConfigForTests();
});

const ids = { documentId: '019a0000-0000-7000-8000-000000000001', requestId: '019a0000-0000-7000-8000-000000000002' };

describe('document viewer cookie and signed links', () => {
  it('[R24] the viewer cookie is HttpOnly, SameSite=Lax, Secure and __Host- over HTTPS', () => {
    process.env.APP_URL = 'https://trust.example.com';
    process.env.AUTH_SECRET = 'x'.repeat(40);
    resetConfigForTests();
    expect(viewerCookie()).toEqual({
      name: '__Host-tc.viewer',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
    });
  });

  it('[R28] a signed link expires after DOCUMENT_LINK_TTL_SECONDS and another secret refuses it', () => {
    process.env.AUTH_SECRET = 'a'.repeat(40);
    process.env.DOCUMENT_LINK_TTL_SECONDS = '60';
    resetConfigForTests();
    const now = Date.now();
    const token = signDownload(ids, now);
    expect(verifyDownload(token, now + 59_000)).toMatchObject(ids);
    expect(verifyDownload(token, now + 61_000)).toBeNull();
    expect(verifyDownload(token.replace(ids.requestId, ids.documentId), now)).toBeNull();
    expect(verifyDownload('garbage', now)).toBeNull();
    process.env.AUTH_SECRET = 'b'.repeat(40);
    resetConfigForTests();
    expect(verifyDownload(token, now)).toBeNull();
  });

  it('sniffs by content: scripts and plain text, a name never counts', () => {
    expect(sniffDocument(new TextEncoder().encode('#!/bin/sh\nrm -rf /\n'))).toMatchObject({ ok: false });
    expect(sniffDocument(new TextEncoder().encode('Plain notes, UTF-8: Grüße\n'))).toMatchObject({
      ok: true,
      extension: 'txt',
    });
    expect(sniffDocument(new Uint8Array([0, 1, 2, 3, 0xff]))).toMatchObject({ ok: false });
  });

  it('the watermark line names viewer, email, company, time and document, in characters a standard PDF font encodes', () => {
    const line = watermarkLine({
      name: 'Zoë 李',
      email: 'z@p.example',
      company: 'P GmbH',
      at: new Date('2026-11-21T07:05:00Z'),
      documentId: 'soc2 v1',
    });
    expect(line).toBe('Confidential - Zoë ? <z@p.example>, P GmbH - 2026-11-21 07:05 UTC - soc2 v1');
  });
});
