// lib/access/authorize.ts: the one opening of every organization use-case. What it answers, and that each
// refusal is recorded exactly once (and a re-authentication prompt not at all), against the real database.
import { describe, expect, it } from 'vitest';
import { authorize } from '@/lib/access/authorize';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { anonymousCtx, createOrganization, createUser, signedInCtx, withPermissions } from '@/tests/fixtures/factories';

async function refusalOf(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw new Error(`expected an AppError, got ${String(err)}`);
  return err;
}

const denials = (organizationId: string) =>
  db().auditEvent.findMany({ where: { organizationId, action: 'access.denied' }, orderBy: { seq: 'asc' } });

async function customerAdmin(opts: { reauthenticated?: boolean } = {}) {
  const org = await createOrganization('Customer Co');
  const user = await createUser({ organizationId: org.id, role: 'admin' });
  return { org, user, ctx: await signedInCtx(user, org, opts) };
}

describe('[R25] authorize: the one permission check of a use-case', () => {
  it('[R25] a held permission is allowed, and the context comes back narrowed: session, organization, actor', async () => {
    const { org, user, ctx } = await customerAdmin();
    const authorized = await authorize(ctx, 'webhooks:manage');
    expect(authorized.organization).toMatchObject({ id: org.id, kind: 'CUSTOMER' });
    expect(authorized.session.organization.id).toBe(org.id);
    expect(authorized.session.user.id).toBe(user.id);
    expect(authorized.actor).toEqual({ type: 'USER', id: user.id, label: user.email });
    expect(authorized.meta).toBe(ctx.meta);
    expect(await denials(org.id)).toHaveLength(0);
  });

  it('[R25] [R27] a missing permission is FORBIDDEN (403), and the refusal is audited once', async () => {
    const org = await createOrganization('Customer Co');
    const user = await createUser({ organizationId: org.id, role: 'member' });
    const ctx = await signedInCtx(user, org);
    const err = await refusalOf(authorize(ctx, 'api-keys:manage'));
    expect(err.code).toBe('FORBIDDEN');
    const denied = await denials(org.id);
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({
      outcome: 'DENIED',
      actorId: user.id,
      changes: { permission: 'api-keys:manage' },
    });
  });

  it('[R25] [R27] vendorOnly refuses a customer organization holding the same permission name (403, audited once)', async () => {
    const { org, ctx } = await customerAdmin();
    // A customer organization's roles never hold a vendor permission (lib/access/role-permissions.ts);
    // authorize refuses it all the same, should one ever get through.
    const customerEditor = withPermissions(ctx, ['content:publish']);
    const err = await refusalOf(authorize(customerEditor, 'content:publish', { vendorOnly: 'abuse reports' }));
    expect(err.code).toBe('FORBIDDEN');
    expect(err.message).toContain('abuse reports');
    const denied = await denials(org.id);
    expect(denied).toHaveLength(1);
    expect(denied[0]!.changes).toMatchObject({
      permission: 'content:publish',
      reason: 'abuse reports belongs to the vendor',
    });
  });

  it('[R25] [R27] vendorOnly with hideFromCustomers answers NOT_FOUND (the studio), still audited once', async () => {
    const { org, ctx } = await customerAdmin();
    const err = await refusalOf(
      authorize(withPermissions(ctx, ['content:edit']), 'content:edit', {
        vendorOnly: 'the studio',
        hideFromCustomers: true,
      }),
    );
    expect(err.code).toBe('NOT_FOUND');
    expect(await denials(org.id)).toHaveLength(1);
  });

  it('[R25] vendorOnly lets the vendor’s own staff through', async () => {
    const vendor = await createOrganization('Acme Mail', 'VENDOR');
    const editor = await createUser({ organizationId: vendor.id, role: 'compliance_editor' });
    const authorized = await authorize(await signedInCtx(editor, vendor), 'content:publish', {
      vendorOnly: 'abuse reports',
    });
    expect(authorized.organization).toMatchObject({ id: vendor.id, kind: 'VENDOR' });
    expect(await denials(vendor.id)).toHaveLength(0);
  });

  it('[R23] sudo needs a fresh re-authentication: REAUTH_REQUIRED when it is stale, nothing recorded as a denial', async () => {
    const { org, ctx } = await customerAdmin();
    expect((await refusalOf(authorize(ctx, 'ip-access:manage', { sudo: true }))).code).toBe('REAUTH_REQUIRED');
    const stale = { ...ctx, session: { ...ctx.session, reauthenticatedAt: new Date(Date.now() - 11 * 60_000) } };
    expect((await refusalOf(authorize(stale, 'ip-access:manage', { sudo: true }))).code).toBe('REAUTH_REQUIRED');
    expect(await denials(org.id)).toHaveLength(0);

    const fresh = await customerAdmin({ reauthenticated: true });
    await expect(authorize(fresh.ctx, 'ip-access:manage', { sudo: true })).resolves.toMatchObject({
      organization: { id: fresh.org.id },
    });
  });

  it('[R25] [R27] a permission check comes before sudo: a member without the permission is FORBIDDEN, audited', async () => {
    const org = await createOrganization('Customer Co');
    const ctx = await signedInCtx(await createUser({ organizationId: org.id, role: 'member' }), org);
    expect((await refusalOf(authorize(ctx, 'ip-access:manage', { sudo: true }))).code).toBe('FORBIDDEN');
    expect(await denials(org.id)).toHaveLength(1);
  });

  it('[R25] an anonymous caller is UNAUTHENTICATED, before anything else', async () => {
    const before = await db().auditEvent.count({ where: { action: 'access.denied' } });
    expect(
      (await refusalOf(authorize(anonymousCtx(), 'account:read', { sudo: true, vendorOnly: 'the studio' }))).code,
    ).toBe('UNAUTHENTICATED');
    expect(await db().auditEvent.count({ where: { action: 'access.denied' } })).toBe(before);
  });
});
