import { beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { db } from '@/lib/db';
import { addAutoApproveRule, removeAutoApproveRule } from '@/lib/documents/auto-approve-rules';
import { decideAccessRequest } from '@/lib/documents/decide-access-request';
import { downloadGatedDocument } from '@/lib/documents/download-document';
import { getViewerDocuments } from '@/lib/documents/get-viewer-documents';
import { listAccessRequests } from '@/lib/documents/list-access-requests';
import { NDA } from '@/lib/documents/nda';
import { openViewerSession } from '@/lib/documents/open-viewer-session';
import { requestDocumentAccess } from '@/lib/documents/request-document-access';
import { requestViewerLink } from '@/lib/documents/request-viewer-link';
import { revokeAccessGrant } from '@/lib/documents/revoke-access-grant';
import { signDownload, verifyDownload } from '@/lib/documents/signed-url';
import { verifyAccessRequest } from '@/lib/documents/verify-access-request';
import { anonymousCtx, auditActions } from '@/tests/fixtures/factories';
import { documentWorld, magicTokenFor, requestInput, submitRequest } from '@/tests/fixtures/documents';

let w: Awaited<ReturnType<typeof documentWorld>>;
beforeAll(async () => {
  w = await documentWorld();
});

/** Request → verify → staff approve → magic link → viewer session. */
async function approvedViewer(email?: string) {
  const { token, request, input } = await submitRequest([w.gated.id], email);
  await verifyAccessRequest(anonymousCtx(), { token });
  await decideAccessRequest(w.staff, { decision: 'approve', requestId: request.id, expiryDays: 30 });
  const { sessionToken } = await openViewerSession(anonymousCtx(), { token: await magicTokenFor(input.email) });
  return { request, input, sessionToken };
}

async function pdfText(bytes: Uint8Array) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text;
}

describe('requesting gated documents', () => {
  it('[R27] records the NDA acceptance with version, time, IP and user agent', async () => {
    const before = Date.now();
    const { request } = await submitRequest([w.gated.id], undefined, '192.0.2.77');
    expect(request).toMatchObject({ ndaVersion: NDA.version, ndaIp: '192.0.2.77', status: 'UNVERIFIED' });
    expect(request.ndaUserAgent).toMatch(/Chrome/);
    expect(request.ndaAcceptedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await auditActions(w.vendor.id)).toContain('document.access_requested');
  });

  it('refuses an outdated NDA version, public documents, and drops honeypot submissions', async () => {
    await expect(
      requestDocumentAccess(anonymousCtx({ ip: '192.0.2.1' }), {
        ...requestInput([w.gated.id]),
        ndaVersion: '1999-01',
      }),
    ).rejects.toMatchObject({ fieldErrors: { ndaAccepted: [expect.stringMatching(/terms have changed/)] } });
    await expect(
      requestDocumentAccess(anonymousCtx({ ip: '192.0.2.1' }), requestInput([w.open.id])),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    const input = { ...requestInput([w.gated.id]), website: 'http://spam' };
    await requestDocumentAccess(anonymousCtx({ ip: '192.0.2.2' }), input);
    expect(await db().documentAccessRequest.count({ where: { email: input.email } })).toBe(0);
  });

  it('[R9] limits requests per address', async () => {
    const ip = '192.0.2.200';
    for (let i = 0; i < 5; i++) await requestDocumentAccess(anonymousCtx({ ip }), requestInput([w.gated.id]));
    await expect(requestDocumentAccess(anonymousCtx({ ip }), requestInput([w.gated.id]))).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
  });

  it('[R7] the verification link works once; staff cannot decide before it is used', async () => {
    const { token, request } = await submitRequest([w.gated.id]);
    await expect(
      decideAccessRequest(w.staff, { decision: 'approve', requestId: request.id, expiryDays: 5 }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await verifyAccessRequest(anonymousCtx(), { token })).toEqual({ status: 'pending' });
    await expect(verifyAccessRequest(anonymousCtx(), { token })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const stored = await db().documentAccessToken.findFirstOrThrow({ where: { requestId: request.id } });
    expect(stored.tokenHash).not.toContain(token);
  });

  it('auto-approves a verified request from a listed domain with the rule expiry; others wait for staff', async () => {
    const rule = await addAutoApproveRule(w.staff, { domain: 'customer.example', expiryDays: 14 });
    const { token, request, input } = await submitRequest([w.gated.id], 'buyer@customer.example');
    expect(await verifyAccessRequest(anonymousCtx(), { token })).toEqual({ status: 'approved' });
    const grant = await db().documentAccessGrant.findUniqueOrThrow({ where: { requestId: request.id } });
    expect(grant.autoApproved).toBe(true);
    expect(Math.round((grant.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(14);
    expect(await magicTokenFor(input.email)).toBeTruthy();
    // A look-alike domain is not the listed one.
    const other = await submitRequest([w.gated.id], 'buyer@evilcustomer.example');
    expect(await verifyAccessRequest(anonymousCtx(), { token: other.token })).toEqual({ status: 'pending' });
    await removeAutoApproveRule(w.staff, { ruleId: rule.id });
  });

  it('denies with a message the requester receives', async () => {
    const { token, request, input } = await submitRequest([w.gated.id]);
    await verifyAccessRequest(anonymousCtx(), { token });
    await decideAccessRequest(w.staff, {
      decision: 'deny',
      requestId: request.id,
      message: 'We only share this with customers.',
    });
    const mail = await db().mailOutbox.findFirstOrThrow({ where: { to: input.email, template: 'documents.denied' } });
    expect(mail.text).toContain('We only share this with customers.');
  });

  it('[R25] staff of another organization cannot see or decide the vendor requests; members cannot decide', async () => {
    const { token, request } = await submitRequest([w.gated.id]);
    await verifyAccessRequest(anonymousCtx(), { token });
    await expect(
      decideAccessRequest(w.outsider, { decision: 'approve', requestId: request.id, expiryDays: 5 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(revokeAccessGrant(w.outsider, { requestId: request.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await listAccessRequests(w.outsider)).toEqual([]);
    await expect(
      decideAccessRequest(w.member, { decision: 'approve', requestId: request.id, expiryDays: 5 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('viewing and downloading', () => {
  it('[R7] the magic link is single use and opens a session limited to the granted documents', async () => {
    const { input, sessionToken } = await approvedViewer();
    await expect(openViewerSession(anonymousCtx(), { token: await magicTokenFor(input.email) })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const view = await getViewerDocuments(anonymousCtx(), { sessionToken });
    expect(view.ok && view.documents.map((d) => d.slug)).toEqual(['soc2-report']);
    expect(await getViewerDocuments(anonymousCtx(), { sessionToken: 'forged' })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('serves a PDF watermarked with name, email, company, time and document id', async () => {
    const { input, sessionToken } = await approvedViewer('reader@prospect.example');
    const view = await getViewerDocuments(anonymousCtx(), { sessionToken });
    if (!view.ok) throw new Error('no access');
    const token = new URL(view.documents[0]!.href!, 'http://x').searchParams.get('t')!;
    const dl = await downloadGatedDocument(anonymousCtx(), { token });
    if (!dl.ok) throw new Error(dl.reason);
    const text = await pdfText(dl.bytes);
    for (const s of [input.name, input.email, input.company, 'soc2-report', 'UTC']) expect(text).toContain(s);
    expect(await auditActions(w.vendor.id)).toEqual(
      expect.arrayContaining(['document.access_granted', 'document.viewer_opened', 'document.downloaded']),
    );
    const history = (await listAccessRequests(w.staff)).find((r) => r.email === input.email)!;
    expect(history).toMatchObject({ downloads: 1, views: 1, status: 'APPROVED' });
  });

  it('[R28] refuses a tampered or expired signed link', async () => {
    const { request } = await approvedViewer();
    const token = signDownload({ documentId: w.gated.id, requestId: request.id });
    expect(verifyDownload(token)).not.toBeNull();
    // Another document with the same signature.
    const tampered = token.replace(w.gated.id, w.open.id);
    expect(await downloadGatedDocument(anonymousCtx(), { token: tampered })).toEqual({
      ok: false,
      reason: 'link-expired',
    });
    const flipped = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    expect(verifyDownload(flipped)).toBeNull();
    const later = new Date(Date.now() + 301_000);
    expect(await downloadGatedDocument(anonymousCtx(), { token }, later)).toEqual({
      ok: false,
      reason: 'link-expired',
    });
  });

  it('[R25] revocation ends the session and a still-valid signed link on the next request', async () => {
    const { request, sessionToken } = await approvedViewer();
    const token = signDownload({ documentId: w.gated.id, requestId: request.id });
    await revokeAccessGrant(w.staff, { requestId: request.id });
    expect(await downloadGatedDocument(anonymousCtx(), { token })).toEqual({ ok: false, reason: 'revoked' });
    expect(await getViewerDocuments(anonymousCtx(), { sessionToken })).toEqual({ ok: false, reason: 'revoked' });
    expect(await auditActions(w.vendor.id)).toEqual(
      expect.arrayContaining(['document.access_revoked', 'document.download_refused']),
    );
  });

  it('access ends when the grant expires', async () => {
    const { request, sessionToken } = await approvedViewer();
    await db().documentAccessGrant.update({
      where: { requestId: request.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await getViewerDocuments(anonymousCtx(), { sessionToken })).toEqual({ ok: false, reason: 'expired' });
    const token = signDownload({ documentId: w.gated.id, requestId: request.id });
    expect(await downloadGatedDocument(anonymousCtx(), { token })).toEqual({ ok: false, reason: 'expired' });
  });

  it('a link for a document outside the grant is refused', async () => {
    const { request } = await approvedViewer();
    const token = signDownload({ documentId: w.open.id, requestId: request.id });
    expect(await downloadGatedDocument(anonymousCtx(), { token })).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('a new magic link', () => {
  it('[R7] goes only to an address with active access, with the same answer for everyone', async () => {
    const { input, request } = await approvedViewer('again@prospect.example');
    const before = await db().mailOutbox.count({ where: { to: input.email, template: 'documents.granted' } });
    expect(await requestViewerLink(anonymousCtx({ ip: '192.0.2.90' }), { email: input.email })).toEqual({ sent: true });
    expect(await db().mailOutbox.count({ where: { to: input.email, template: 'documents.granted' } })).toBe(before + 1);
    const fresh = await magicTokenFor(input.email);
    expect((await openViewerSession(anonymousCtx(), { token: fresh })).sessionToken).toBeTruthy();
    expect(await requestViewerLink(anonymousCtx({ ip: '192.0.2.90' }), { email: 'nobody@prospect.example' })).toEqual({
      sent: true,
    });
    expect(await db().mailOutbox.count({ where: { to: 'nobody@prospect.example' } })).toBe(0);
    // After revocation no new link is sent.
    await revokeAccessGrant(w.staff, { requestId: request.id });
    await requestViewerLink(anonymousCtx({ ip: '192.0.2.90' }), { email: input.email });
    expect(await db().mailOutbox.count({ where: { to: input.email, template: 'documents.granted' } })).toBe(before + 1);
  });
});
