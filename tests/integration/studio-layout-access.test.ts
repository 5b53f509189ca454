// The studio's layout (app/(studio)/studio/layout.tsx) refuses through authorize(), like every other
// vendor-only area: the 403 page, and the refusal recorded in the caller's own organization's log (R25, R27).
// next/headers stands in for the request: the session cookie as the browser sends it.
import { encode } from 'next-auth/jwt';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const request = vi.hoisted(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
  return { headers: new Headers(), cookies: new Map<string, string>() };
});
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    has: (name: string) => request.cookies.has(name),
    set: () => {},
    delete: () => {},
  }),
}));

const { cookieSettings } = await import('@/lib/auth/session-cookie');
const { getAuthSecret } = await import('@/lib/config');
const { requireStudioAccess } = await import('@/lib/dal');
const { db } = await import('@/lib/db');
const { createOrganization, createUser, signedInCtx } = await import('@/tests/fixtures/factories');

async function asSession(sessionToken: string) {
  request.headers = new Headers({
    'x-tc-peer-address': '203.0.113.10',
    'x-request-id': crypto.randomUUID(),
    'x-pathname': '/studio',
  });
  request.cookies.clear();
  request.cookies.set(
    cookieSettings().sessionToken.name,
    await encode({ token: { sid: sessionToken }, secret: getAuthSecret() }),
  );
}

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
