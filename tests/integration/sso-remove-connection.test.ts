// Account → Single sign-on → Remove connection: a sensitive change (re-authentication, R23), refused while
// Require SSO is on (members would have no way in), audited as sso.connection.removed.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { AppError } from '@/lib/errors';
import { sealClientSecret } from '@/lib/sso/connection';
import { removeSsoConnection } from '@/lib/sso/remove-connection';
import { createOrganization, createUser, signedInCtx } from '@/tests/fixtures/factories';

async function orgWithConnection(requireSso: boolean) {
  const org = await createOrganization();
  const admin = await createUser({ organizationId: org.id, role: 'admin' });
  const member = await createUser({ organizationId: org.id, role: 'member' });
  const connection = await db().ssoConnection.create({
    data: {
      organizationId: org.id,
      issuer: 'https://idp.example.test',
      clientId: 'acme-mail',
      ...sealClientSecret(org.id, 'secret-0123456789'),
      requireSso,
    },
  });
  return { org, admin, member, connection };
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as AppError,
  );

describe('removing the SSO connection', () => {
  it('[R23] needs a recent re-authentication and the sso:manage permission; then removes it and records the audit event', async () => {
    const { org, admin, member, connection } = await orgWithConnection(false);
    expect((await failure(removeSsoConnection(await signedInCtx(admin, org))))?.reason).toBe('REAUTH_REQUIRED');
    expect((await failure(removeSsoConnection(await signedInCtx(member, org, { reauthenticated: true }))))?.code).toBe(
      'FORBIDDEN',
    );
    expect(await db().ssoConnection.count({ where: { id: connection.id } })).toBe(1);

    const result = await removeSsoConnection(await signedInCtx(admin, org, { reauthenticated: true }));
    expect(result).toEqual({ removed: 'https://idp.example.test' });
    expect(await db().ssoConnection.count({ where: { organizationId: org.id } })).toBe(0);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: org.id, action: 'sso.connection.removed' },
    });
    expect(event).toMatchObject({ actorId: admin.id, targetId: connection.id });
    // Nothing left to remove: a clear answer, not a crash.
    const again = await failure(removeSsoConnection(await signedInCtx(admin, org, { reauthenticated: true })));
    expect(again?.reason).toBe('SSO_CONNECTION_MISSING');
  });

  it('is refused while Require SSO is on, with a message saying what to do first', async () => {
    const { org, admin, connection } = await orgWithConnection(true);
    const err = await failure(removeSsoConnection(await signedInCtx(admin, org, { reauthenticated: true })));
    expect(err).toMatchObject({
      code: 'CONFLICT',
      reason: 'SSO_REMOVE_WHILE_REQUIRED',
      message: 'Stop requiring SSO before removing the connection, so members can still sign in.',
    });
    expect(await db().ssoConnection.count({ where: { id: connection.id } })).toBe(1);
    expect(await db().auditEvent.count({ where: { organizationId: org.id, action: 'sso.connection.removed' } })).toBe(
      0,
    );
  });
});
