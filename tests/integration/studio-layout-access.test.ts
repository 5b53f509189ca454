// The studio's layout (app/(studio)/studio/layout.tsx) refuses through authorize(), like every other
// vendor-only area: the 403 page, and the refusal recorded in the caller's own organization's log (R25, R27).
// next/headers stands in for the request: the session cookie as the browser sends it.
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
});
vi.mock('next/headers', async () => (await import('@/tests/fixtures/next-request')).nextHeaders);

const { requireStudioAccess } = await import('@/lib/dal');
const { db } = await import('@/lib/db');
const { createOrganization, createUser, signedInCtx } = await import('@/tests/fixtures/factories');
const { nextRequest } = await import('@/tests/fixtures/next-request');

const asSession = (sessionToken: string) => nextRequest({ sessionToken, path: '/studio' });

const denials = (organizationId: string) =>
  db().auditEvent.findMany({ where: { organizationId, action: 'access.denied' }, select: { changes: true } });

let vendor: Awaited<ReturnType<typeof createOrganization>>;
let customer: Awaited<ReturnType<typeof createOrganization>>;
beforeAll(async () => {
  vendor = await createOrganization('Studio Layout Vendor', 'VENDOR');
  customer = await createOrganization('Studio Layout Customer');
});

async function customRoleUser(org: { id: string }, permissions: string[]) {
  const role = await db().customRole.create({
    data: { organizationId: org.id, name: `Role ${crypto.randomUUID().slice(0, 6)}`, permissions },
  });
  const user = await createUser({ organizationId: org.id, role: 'custom' });
  await db().membership.update({
    where: { userId_organizationId: { userId: user.id, organizationId: org.id } },
    data: { customRoleId: role.id },
  });
  return user;
}

describe('the studio layout refuses through authorize()', () => {
  it('[R25] vendor content staff and customer managers get in, nothing recorded', async () => {
    const editor = await createUser({ organizationId: vendor.id, role: 'compliance_editor' });
    await asSession((await signedInCtx(editor, vendor)).sessionToken);
    const ctx = await requireStudioAccess();
    expect(ctx.organization.id).toBe(vendor.id);
    const manager = await customRoleUser(vendor, ['account:read', 'customers:manage']);
    await asSession((await signedInCtx(manager, vendor)).sessionToken);
    expect((await requireStudioAccess()).session.user.id).toBe(manager.id);
    expect(await denials(vendor.id)).toEqual([]);
  });

  it('[R25] [R27] a customer organization whose custom role holds content:edit gets the 403 page, recorded', async () => {
    const user = await customRoleUser(customer, ['account:read', 'content:edit']);
    await asSession((await signedInCtx(user, customer)).sessionToken);
    await expect(requireStudioAccess()).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
    // (A customer organization's roles never carry the studio's permissions, so the refusal is the permission's.)
    expect(await denials(customer.id)).toMatchObject([{ changes: { permission: 'content:edit' } }]);
  });

  it('[R25] [R27] vendor staff without either permission get the 403 page, recorded', async () => {
    const support = await createUser({ organizationId: vendor.id, role: 'support' });
    await asSession((await signedInCtx(support, vendor)).sessionToken);
    const before = (await denials(vendor.id)).length;
    await expect(requireStudioAccess()).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
    expect((await denials(vendor.id)).slice(before)).toEqual([{ changes: { permission: 'content:edit' } }]);
  });
});
