// Cross-organization tests for tenant-owned models that had none (tests/fixtures/tenant-isolation-coverage.ts
// lists which test covers each model): one organization's rows never reach another's screens or actions.
import { beforeAll, describe, expect, it } from 'vitest';
import { addAutoApproveRule, listAutoApproveRules, removeAutoApproveRule } from '@/lib/documents/auto-approve-rules';
import { listDocuments } from '@/lib/documents/list-documents';
import { db } from '@/lib/db';
import { documentWorld, submitRequest } from '@/tests/fixtures/documents';
import { anonymousCtx, createOrganization, createUser, signedInCtx, withPermissions } from '@/tests/fixtures/factories';
import { decideAccessRequest } from '@/lib/documents/decide-access-request';
import { listAccessRequests } from '@/lib/documents/list-access-requests';
import { revokeAccessGrant } from '@/lib/documents/revoke-access-grant';
import { verifyAccessRequest } from '@/lib/documents/verify-access-request';
import { renderMail } from '@/lib/mail/render';
import { listMyNotifications, markNotificationsRead } from '@/lib/notifications/my-notifications';
import { notify } from '@/lib/notifications/notify';

let w: Awaited<ReturnType<typeof documentWorld>>;
beforeAll(async () => {
  w = await documentWorld();
});

describe('documents', () => {
  it('[R25] another organization neither lists nor removes a document auto-approve rule', async () => {
    const staff = withPermissions(w.staff, ['content:publish']);
    // The outsider holds the same permission in its own organization: only the organization differs.
    const outsider = withPermissions(w.outsider, ['content:publish']);
    const rule = await addAutoApproveRule(staff, { domain: 'customer.example', expiryDays: 30 });
    expect(await listAutoApproveRules(outsider)).toEqual([]);
    await expect(removeAutoApproveRule(outsider, { ruleId: rule.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listAutoApproveRules(staff)).map((r) => r.id)).toEqual([rule.id]);
  });

  it('[R25] views and downloads are counted only from the library’s own organization', async () => {
    await db().documentEvent.createMany({
      data: [
        { organizationId: w.vendor.id, documentId: w.gated.id, kind: 'VIEW' },
        { organizationId: w.vendor.id, documentId: w.gated.id, kind: 'DOWNLOAD' },
        // Rows of another organization naming the same document id: never counted in this library.
        { organizationId: w.customer.id, documentId: w.gated.id, kind: 'VIEW' },
        { organizationId: w.customer.id, documentId: w.gated.id, kind: 'DOWNLOAD' },
      ],
    });
    const gated = (await listDocuments(w.staff)).find((d) => d.id === w.gated.id)!;
    expect({ views: gated.views, downloads: gated.downloads }).toEqual({ views: 1, downloads: 1 });
    expect(await listDocuments(w.outsider)).toEqual([]);
  });
});

// Issue 20 (house20): true cross-organization attempts for Notification and DocumentAccessGrant, which the
// registry had pinned with weaker tests (another user of the same organization; a request without a grant).
describe('notifications across organizations', () => {
  it("[R25] another organization's admin neither lists nor marks read a notification of this organization", async () => {
    const orgA = await createOrganization('Notified A');
    const orgB = await createOrganization('Notified B');
    const ownerA = await signedInCtx(await createUser({ organizationId: orgA.id, role: 'owner' }), orgA);
    const adminB = await signedInCtx(await createUser({ organizationId: orgB.id, role: 'owner' }), orgB);
    await db().$transaction((tx) =>
      notify(tx, {
        event: 'auth.new_device',
        organizationId: orgA.id,
        userId: ownerA.session.user.id,
        title: 'A sign-in from a new device',
        body: 'Organization A only',
        email: (r) => renderMail({ brand: 'Acme Mail', subject: 'New device', paragraphs: [`Hello ${r.name}`] }),
      }),
    );
    const [mine] = (await listMyNotifications(ownerA)).items;
    expect(mine).toMatchObject({ body: 'Organization A only', read: false });

    // B's admin: nothing listed, nothing counted, the id answers 404, and "mark all" leaves A's row alone.
    expect(await listMyNotifications(adminB)).toEqual({ items: [], unread: 0 });
    await expect(markNotificationsRead(adminB, { id: mine!.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      reason: 'NOTIFICATION_NOT_FOUND',
    });
    expect(await markNotificationsRead(adminB, {})).toEqual({ marked: 0 });
    expect(await listMyNotifications(ownerA)).toMatchObject({ unread: 1, items: [{ id: mine!.id, read: false }] });
  });
});

describe('document access grants across organizations', () => {
  it("[R25] another organization's staff, holding the same permission, can neither list nor revoke a live grant", async () => {
    const { token, request } = await submitRequest([w.gated.id]);
    await verifyAccessRequest(anonymousCtx(), { token });
    await decideAccessRequest(w.staff, { decision: 'approve', requestId: request.id, expiryDays: 30 });
    const grant = await db().documentAccessGrant.findUniqueOrThrow({ where: { requestId: request.id } });
    expect(grant.organizationId).toBe(w.vendor.id);

    // Only the organization differs: the outsider holds content:publish in its own.
    const outsider = withPermissions(w.outsider, ['content:publish']);
    expect(await listAccessRequests(outsider)).toEqual([]);
    await expect(revokeAccessGrant(outsider, { requestId: request.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      decideAccessRequest(outsider, { decision: 'deny', requestId: request.id, message: 'Not for you.' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The grant is untouched, and still the vendor's to list and revoke.
    expect(await db().documentAccessGrant.findUniqueOrThrow({ where: { id: grant.id } })).toMatchObject({
      revokedAt: null,
      revokedByLabel: null,
    });
    expect((await listAccessRequests(w.staff)).some((r) => r.id === request.id)).toBe(true);
    expect(await revokeAccessGrant(w.staff, { requestId: request.id })).toMatchObject({
      revokedAt: expect.any(String),
    });
  });
});
