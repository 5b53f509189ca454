// Single sign-on for organizations (issue 19) against a real OpenID Provider and a real DNS server on
// 127.0.0.1: connection settings, domain claims, the sign-in callback and each way it must fail,
// just-in-time provisioning, Require SSO with its break-glass owner, and back-channel logout.
import http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { forgetDiscovery } from '@/lib/oidc/discovery';
import { newBrowserBinding } from '@/lib/oidc/flow-store';
import { redeemSignInTicket } from '@/lib/auth/sign-in-ticket';
import { loadSessionContext } from '@/lib/auth/session-context';
import { listMySessions } from '@/lib/auth/list-my-sessions';
import { finishSsoReauth, ssoReauthOptions, startSsoReauth } from '@/lib/sso/reauthenticate-with-sso';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { handleBackchannelLogout } from '@/lib/sso/backchannel-logout';
import {
  approveDomainClaim,
  claimDomain,
  removeDomain,
  txtRecordName,
  txtRecordValue,
  verifyDomainByDns,
} from '@/lib/sso/domains';
import { finishSsoCallback, type SsoCallbackResult } from '@/lib/sso/finish-sign-in';
import { setBreakGlass, setRequireSso } from '@/lib/sso/require-sso';
import { saveSsoConnection } from '@/lib/sso/save-connection';
import { callbackUrl, lookUpSso, startSsoSignIn, startSsoTest } from '@/lib/sso/sign-in';
import { enrolTotp } from '@/tests/fixtures/mfa';
import { anonymousCtx, createOrganization, createUser, signedInCtx, TEST_PASSWORD } from '@/tests/fixtures/factories';
import { TestDns } from '@/tests/support/dns-server';
import { TestIdp } from '@/tests/support/oidc-provider';
import { freeTcpPort, freeUdpPort } from '@/tests/support/free-port';

let IDP_PORT: number;
let RECEIVER_PORT: number;
let DNS_PORT: number;

let idp: TestIdp;
let dns: TestDns;
let receiver: http.Server;
const secretOf = (id: string) => `${id}-secret-0123456789`;

type Org = Awaited<ReturnType<typeof createOrganization>>;
let globex: Org;
let initech: Org;
let globexAdmin: Awaited<ReturnType<typeof signedInCtx>>;
let globexOwner: Awaited<ReturnType<typeof createUser>>;
let globexMember: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  IDP_PORT = await freeTcpPort();
  RECEIVER_PORT = await freeTcpPort();
  DNS_PORT = await freeUdpPort();
  dns = await TestDns.start(DNS_PORT);
  process.env.SSO_DNS_RESOLVER = dns.resolver;
  process.env.SSO_ALLOW_HTTP_ISSUERS = 'true';
  resetConfigForTests();
  // The back-channel receiver stands in for our route handler: the IdP really POSTs here.
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const connectionId = (req.url ?? '').split('/').pop()!;
      handleBackchannelLogout(anonymousCtx(), {
        connectionId,
        logoutToken: new URLSearchParams(body).get('logout_token'),
      }).then(
        () => res.writeHead(200).end(),
        () => res.writeHead(400).end(),
      );
    });
  });
  await new Promise<void>((r) => receiver.listen(RECEIVER_PORT, '127.0.0.1', r));
  idp = await TestIdp.start({
    port: IDP_PORT,
    clients: ['globex-app', 'initech-app'].map((id) => ({
      client_id: id,
      client_secret: secretOf(id),
      redirect_uris: [callbackUrl()],
      backchannel_logout_uri: `http://127.0.0.1:${RECEIVER_PORT}/logout/pending`,
    })),
    users: [
      { sub: 'g-member', email: 'member@globex.test', name: 'Gina Member', emailVerified: true, amr: ['pwd'] },
      { sub: 'g-mfa', email: 'mfa@globex.test', name: 'Max Mfa', emailVerified: true, amr: ['pwd', 'mfa'] },
      { sub: 'g-unverified', email: 'unverified@globex.test', name: 'Una', emailVerified: false },
      { sub: 'g-new', email: 'new@globex.test', name: 'Nina New', emailVerified: true },
      { sub: 'g-invitee', email: 'invitee@globex.test', name: 'Ivo Invitee', emailVerified: true },
      { sub: 'g-owner', email: 'owner@globex.test', name: 'Olga Owner', emailVerified: true },
      { sub: 'i-someone', email: 'someone@initech.test', name: 'Ian Initech', emailVerified: true },
    ],
  });

  globex = await createOrganization('Globex');
  initech = await createOrganization('Initech');
  globexOwner = await createUser({ organizationId: globex.id, role: 'owner', email: 'owner@globex.test' });
  globexMember = await createUser({ organizationId: globex.id, role: 'member', email: 'member@globex.test' });
  const admin = await createUser({ organizationId: globex.id, role: 'admin', email: 'admin@globex.test' });
  globexAdmin = await signedInCtx(admin, globex, { reauthenticated: true });
  await createUser({ organizationId: globex.id, role: 'member', email: 'mfa@globex.test' });
  await createUser({ organizationId: globex.id, role: 'member', email: 'unverified@globex.test' });

  await saveSsoConnection(globexAdmin, {
    issuer: idp.issuer,
    clientId: 'globex-app',
    clientSecret: secretOf('globex-app'),
    defaultRole: 'member',
    jitProvisioning: false,
    idpEnforcesMfa: false,
  });
  const claim = await claimDomain(globexAdmin, { domain: 'globex.test' });
  const token = (await db().ssoDomain.findUniqueOrThrow({ where: { id: claim.id } })).verificationToken;
  dns.txt.set(txtRecordName('globex.test'), [txtRecordValue(token)]);
  await verifyDomainByDns(globexAdmin, { domainId: claim.id });

  // Initech: the same IdP, another client, its own domain.
  const initechAdmin = await signedInCtx(
    await createUser({ organizationId: initech.id, role: 'admin', email: 'admin@initech.test' }),
    initech,
    { reauthenticated: true },
  );
  await saveSsoConnection(initechAdmin, {
    issuer: idp.issuer,
    clientId: 'initech-app',
    clientSecret: secretOf('initech-app'),
    defaultRole: 'member',
    jitProvisioning: true,
    idpEnforcesMfa: false,
  });
  const ic = await claimDomain(initechAdmin, { domain: 'initech.test' });
  await db().ssoDomain.update({ where: { id: ic.id }, data: { verifiedAt: new Date(), verifiedBy: 'test' } });
  // The IdP's back-channel URI names each connection.
  for (const [clientId, org] of [
    ['globex-app', globex],
    ['initech-app', initech],
  ] as const) {
    const conn = await db().ssoConnection.findUniqueOrThrow({ where: { organizationId: org.id } });
    idp.clients.find((c) => c.client_id === clientId)!.backchannel_logout_uri =
      `http://127.0.0.1:${RECEIVER_PORT}/logout/${conn.id}`;
  }
  idp.reloadClients(); // the clients' new back-channel URIs
});

afterAll(async () => {
  await idp?.stop();
  await dns?.stop();
  await new Promise((r) => receiver?.close(r));
  delete process.env.SSO_DNS_RESOLVER;
  delete process.env.SSO_ALLOW_HTTP_ISSUERS;
  delete process.env.SSO_HTTP_TIMEOUT_SECONDS;
  resetConfigForTests();
});

beforeEach(() => {
  idp.delayMs = 0;
});

/** The browser's round trip: our start, the IdP's login form, back to our callback. */
async function ssoSignIn(
  email: string,
  opts: { loginAs?: string; binding?: string; tamperCallback?: (u: URL) => URL } = {},
): Promise<{ result: SsoCallbackResult; callbackUrl: URL; binding: string }> {
  const binding = opts.binding ?? newBrowserBinding();
  const ctx = anonymousCtx();
  const { url } = await startSsoSignIn(ctx, { email, browserBinding: binding });
  let cb = await idp.authorize(url, opts.loginAs ?? email);
  if (opts.tamperCallback) cb = opts.tamperCallback(cb);
  const result = await finishSsoCallback(ctx, { callbackUrl: cb, browserBinding: binding });
  return { result, callbackUrl: cb, binding };
}

function expectFailure(result: SsoCallbackResult, reason: string) {
  expect(result.kind).toBe('failed');
  if (result.kind === 'failed') expect(result.error.reason).toBe(reason);
  return result.kind === 'failed' ? result.error : null;
}

async function lastSsoFailure(organizationId: string | null) {
  const row = await db().auditEvent.findFirst({
    where: { organizationId, action: 'auth.sso.failed' },
    orderBy: { seq: 'desc' },
  });
  return row?.changes as { reason: string } | undefined;
}

const sessionsOf = (userId: string) => db().session.count({ where: { userId, revokedAt: null } });

describe('connection settings', () => {
  it('[R23] saving the connection needs re-authentication; the secret is sealed and never shown again', async () => {
    const stale = await signedInCtx(await createUser({ organizationId: globex.id, role: 'admin' }), globex);
    const err = await saveSsoConnection(stale, {
      issuer: idp.issuer,
      clientId: 'x',
      clientSecret: 'y',
      defaultRole: 'member',
      jitProvisioning: false,
      idpEnforcesMfa: false,
    }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('REAUTH_REQUIRED');
    const row = await db().ssoConnection.findUniqueOrThrow({ where: { organizationId: globex.id } });
    expect(row.secretCiphertext).not.toContain(secretOf('globex-app'));
    const events = await db().auditEvent.findMany({
      where: { organizationId: globex.id, action: 'sso.connection.saved' },
    });
    expect(JSON.stringify(events.map((e) => e.changes))).not.toContain(secretOf('globex-app'));
  });

  it('[R25] a member without sso:manage is refused', async () => {
    const member = await signedInCtx(globexMember, globex, { reauthenticated: true });
    const err = await setRequireSso(member, { enabled: true }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('FORBIDDEN');
  });

  it('refuses an issuer that does not answer, naming the field', async () => {
    forgetDiscovery();
    const err = (await idp.down(() =>
      saveSsoConnection(globexAdmin, {
        issuer: idp.issuer,
        clientId: 'globex-app',
        clientSecret: 'whatever',
        defaultRole: 'member',
        jitProvisioning: false,
        idpEnforcesMfa: false,
      }).catch((e: unknown) => e),
    )) as AppError;
    expect(err.fieldErrors?.issuer?.[0]).toMatch(/could not be reached/);
  });

  it('"Test connection" shows the claims received and signs nobody in', async () => {
    const binding = newBrowserBinding();
    const before = await db().session.count();
    const { url } = await startSsoTest(globexAdmin, { browserBinding: binding });
    const cb = await idp.authorize(url, 'mfa@globex.test');
    const result = await finishSsoCallback(anonymousCtx(), { callbackUrl: cb, browserBinding: binding });
    expect(result).toMatchObject({ kind: 'test', claims: { email: 'mfa@globex.test', amr: ['pwd', 'mfa'] } });
    expect(await db().session.count()).toBe(before);
    expect(await db().signInTicket.count({ where: { user: { email: 'mfa@globex.test' } } })).toBe(0);
  });
});

describe('domain claims', () => {
  it('a domain belongs to one organization: a second claim is refused with a clear message', async () => {
    const initechAdmin = await signedInCtx(await createUser({ organizationId: initech.id, role: 'admin' }), initech, {
      reauthenticated: true,
    });
    const err = (await claimDomain(initechAdmin, { domain: 'globex.test' }).catch((e: unknown) => e)) as AppError;
    expect(err.reason).toBe('SSO_DOMAIN_TAKEN');
    expect(err.message).toContain('already claimed by another organization');
    expect(
      (await claimDomain(globexAdmin, { domain: 'gmail.com' }).catch((e: unknown) => e)) as AppError,
    ).toMatchObject({
      reason: 'SSO_DOMAIN_PUBLIC',
    });
  });

  it('is proven by the TXT record through SSO_DNS_RESOLVER, or refused with the record to add', async () => {
    const claim = await claimDomain(globexAdmin, { domain: 'globex-eu.test' });
    const err = (await verifyDomainByDns(globexAdmin, { domainId: claim.id }).catch((e: unknown) => e)) as AppError;
    expect(err.reason).toBe('SSO_DOMAIN_TXT_MISSING');
    expect(err.message).toContain(txtRecordName('globex-eu.test'));
    dns.txt.set(txtRecordName('globex-eu.test'), ['unrelated', 'trust-center-sso-verification=wrong']);
    await expect(verifyDomainByDns(globexAdmin, { domainId: claim.id })).rejects.toThrow(/No TXT record/);
    const token = (await db().ssoDomain.findUniqueOrThrow({ where: { id: claim.id } })).verificationToken;
    dns.txt.set(txtRecordName('globex-eu.test'), ['unrelated', txtRecordValue(token)]);
    await expect(verifyDomainByDns(globexAdmin, { domainId: claim.id })).resolves.toMatchObject({ verified: true });
  });

  it('[R25] another organization’s domain id answers NOT_FOUND, for checking and for removing', async () => {
    const initechAdmin = await signedInCtx(await createUser({ organizationId: initech.id, role: 'admin' }), initech, {
      reauthenticated: true,
    });
    const theirs = await db().ssoDomain.findUniqueOrThrow({ where: { domain: 'globex.test' } });
    for (const call of [verifyDomainByDns, removeDomain]) {
      const err = (await call(initechAdmin, { domainId: theirs.id }).catch((e: unknown) => e)) as AppError;
      expect(err.code).toBe('NOT_FOUND');
    }
    expect(await db().ssoDomain.findUnique({ where: { id: theirs.id } })).not.toBeNull();
  });

  it('[R25] vendor staff can approve a claim; a customer admin cannot', async () => {
    const vendor = await createOrganization('Acme Mail', 'VENDOR');
    const staff = await signedInCtx(await createUser({ organizationId: vendor.id, role: 'owner' }), vendor, {
      reauthenticated: true,
    });
    const claim = await claimDomain(globexAdmin, { domain: 'globex-labs.test' });
    expect(((await approveDomainClaim(globexAdmin, { domainId: claim.id }).catch((e) => e)) as AppError).code).toBe(
      'FORBIDDEN',
    );
    await expect(approveDomainClaim(staff, { domainId: claim.id })).resolves.toMatchObject({
      domain: 'globex-labs.test',
    });
    expect((await db().ssoDomain.findUniqueOrThrow({ where: { id: claim.id } })).verifiedBy).toMatch(/^staff: /);
  });
});

describe('signing in through the identity provider', () => {
  it('the sign-in page offers SSO for a claimed domain only', async () => {
    expect(await lookUpSso(anonymousCtx(), { email: 'anyone@globex.test' })).toEqual({ organization: 'Globex' });
    expect(await lookUpSso(anonymousCtx(), { email: 'anyone@example.test' })).toBeNull();
  });

  it('[R27] an existing member gets our own session, linked to the connection; the second factor is asked when enrolled', async () => {
    const { result } = await ssoSignIn('member@globex.test');
    expect(result.kind).toBe('session');
    if (result.kind !== 'session') return;
    expect(result.idpMfa).toBeNull();
    const redeemed = await redeemSignInTicket(result.ticket);
    const session = await db().session.findFirstOrThrow({
      where: { userId: redeemed!.userId, revokedAt: null, ssoConnectionId: { not: null } },
    });
    expect(session).toMatchObject({ organizationId: globex.id, ssoSubject: 'g-member' });
    expect(session.ssoConnectionId).not.toBeNull();

    await enrolTotp(globexMember.id);
    const again = await ssoSignIn('member@globex.test');
    expect(again.result.kind).toBe('second-factor');
    await db().totpFactor.deleteMany({ where: { userId: globexMember.id } });
  });

  it('skips our second factor when amr contains mfa, or when the connection says the IdP enforces MFA', async () => {
    const mfaUser = await db().user.findUniqueOrThrow({ where: { email: 'mfa@globex.test' } });
    await enrolTotp(mfaUser.id);
    const viaAmr = await ssoSignIn('mfa@globex.test');
    expect(viaAmr.result).toMatchObject({ kind: 'session', idpMfa: 'amr' });

    await enrolTotp(globexMember.id);
    await db().ssoConnection.update({ where: { organizationId: globex.id }, data: { idpEnforcesMfa: true } });
    try {
      const viaConnection = await ssoSignIn('member@globex.test');
      expect(viaConnection.result).toMatchObject({ kind: 'session', idpMfa: 'connection' });
    } finally {
      await db().ssoConnection.update({ where: { organizationId: globex.id }, data: { idpEnforcesMfa: false } });
      await db().totpFactor.deleteMany({ where: { userId: globexMember.id } });
    }
  });

  it('[R21] with 2FA required by the organization, IdP-asserted MFA needs no enrolment here, on sign-in or on later requests; the session says which reason applied', async () => {
    const mfaUser = await db().user.findUniqueOrThrow({ where: { email: 'mfa@globex.test' } });
    await db().totpFactor.deleteMany({ where: { userId: { in: [mfaUser.id, globexMember.id] } } });
    // Required since long ago, grace over: a member without a factor of ours may only enrol.
    await db().organization.update({
      where: { id: globex.id },
      data: { mfaRequired: true, mfaGraceDays: 0, mfaRequiredSince: new Date(Date.now() - 86_400_000) },
    });
    const signedIn = async (email: string) => {
      const { result } = await ssoSignIn(email);
      if (result.kind !== 'session') throw new Error(`expected a session, got ${result.kind}`);
      const redeemed = await redeemSignInTicket(result.ticket);
      const ctx = await loadSessionContext(redeemed!.sessionToken);
      const sessions = await listMySessions({ meta: anonymousCtx().meta, session: ctx! });
      return { result, ctx: ctx!, listed: sessions.find((s) => s.current)! };
    };
    try {
      // amr contains mfa: no enrolment step, full permissions, "MFA asserted by your identity provider".
      const viaAmr = await signedIn('mfa@globex.test');
      expect(viaAmr.result).toMatchObject({ idpMfa: 'amr', enrol: null });
      expect(viaAmr.ctx.mfaEnrolmentRequired).toBe(false);
      expect(viaAmr.ctx.permissions.size).toBeGreaterThan(0);
      expect(viaAmr.listed.sso).toBe('amr');

      // Without MFA asserted, the policy applies to the SSO session as to any other: enrol first.
      const plain = await signedIn('member@globex.test');
      expect(plain.result).toMatchObject({ idpMfa: null, enrol: 'required' });
      expect(plain.ctx.mfaEnrolmentRequired).toBe(true);
      expect(plain.ctx.permissions.size).toBe(0);
      expect(plain.listed.sso).toBe('plain');

      // The connection says the IdP enforces MFA: no enrolment, and the session says that was the reason.
      await db().ssoConnection.update({ where: { organizationId: globex.id }, data: { idpEnforcesMfa: true } });
      const viaConnection = await signedIn('member@globex.test');
      expect(viaConnection.result).toMatchObject({ idpMfa: 'connection', enrol: null });
      expect(viaConnection.ctx.mfaEnrolmentRequired).toBe(false);
      expect(viaConnection.listed.sso).toBe('connection');
    } finally {
      await db().ssoConnection.update({ where: { organizationId: globex.id }, data: { idpEnforcesMfa: false } });
      await db().organization.update({
        where: { id: globex.id },
        data: { mfaRequired: false, mfaGraceDays: 0, mfaRequiredSince: null },
      });
    }
  });

  it('[R21] turning "IdP enforces MFA" off signs out the sessions that skipped our second factor because of it; others stay', async () => {
    const settings = {
      issuer: idp.issuer,
      clientId: 'globex-app',
      clientSecret: '',
      defaultRole: 'member',
      jitProvisioning: false,
    };
    const conn = await db().ssoConnection.findUniqueOrThrow({ where: { organizationId: globex.id } });
    await saveSsoConnection(globexAdmin, { ...settings, idpEnforcesMfa: true });
    const adminSession = { id: globexAdmin.session!.sessionId };
    try {
      const viaConnection = await ssoSignIn('member@globex.test');
      expect(viaConnection.result).toMatchObject({ kind: 'session', idpMfa: 'connection' });
      if (viaConnection.result.kind !== 'session') return;
      const member = await loadSessionContext((await redeemSignInTicket(viaConnection.result.ticket))!.sessionToken);
      const viaAmr = await ssoSignIn('mfa@globex.test');
      if (viaAmr.result.kind !== 'session') throw new Error('expected a session');
      const amr = await loadSessionContext((await redeemSignInTicket(viaAmr.result.ticket))!.sessionToken);
      // A sign-in under way (IdP done, not yet a session) and the admin's own session through the connection.
      const underWay = await ssoSignIn('member@globex.test');
      if (underWay.result.kind !== 'session') throw new Error('expected a session ticket');
      await db().session.update({ where: adminSession, data: { ssoConnectionId: conn.id, ssoMfa: 'connection' } });

      // Earlier tests' sessions through the connection count too.
      const marked = await db().session.count({
        where: { ssoConnectionId: conn.id, ssoMfa: 'connection', revokedAt: null, id: { not: adminSession.id } },
      });
      expect(marked).toBeGreaterThanOrEqual(1);
      const saved = await saveSsoConnection(globexAdmin, { ...settings, idpEnforcesMfa: false });
      expect(saved.sessionsEnded).toBe(marked);
      expect(await db().session.findUniqueOrThrow({ where: { id: member!.sessionId } })).toMatchObject({
        revokedReason: 'single sign-on no longer stands for two-factor authentication',
      });
      expect((await db().session.findUniqueOrThrow({ where: { id: amr!.sessionId } })).revokedAt).toBeNull();
      expect(await redeemSignInTicket(underWay.result.ticket)).toBeNull();
      // The admin who made the change stays signed in; the 2FA policy now applies to that session too.
      expect(await db().session.findUniqueOrThrow({ where: adminSession })).toMatchObject({
        revokedAt: null,
        ssoMfa: null,
      });
      const audit = await db().auditEvent.findFirstOrThrow({
        where: { organizationId: globex.id, action: 'sso.connection.saved' },
        orderBy: { seq: 'desc' },
      });
      expect(audit.changes).toMatchObject({ idpEnforcesMfa: false, sessionsEnded: marked });

      // Saving again with the setting off ends nothing more.
      expect((await saveSsoConnection(globexAdmin, { ...settings, idpEnforcesMfa: false })).sessionsEnded).toBe(0);
    } finally {
      await db().session.update({ where: adminSession, data: { ssoConnectionId: null, ssoMfa: null } });
      await db().ssoConnection.update({ where: { organizationId: globex.id }, data: { idpEnforcesMfa: false } });
    }
  });

  it('JIT off: someone unknown is refused, an invitee gets in with the invitation’s role', async () => {
    const refused = expectFailure((await ssoSignIn('new@globex.test')).result, 'SSO_NOT_A_MEMBER');
    expect(refused?.message).toContain('Ask an administrator of Globex to invite you');
    expect(await db().user.findUnique({ where: { email: 'new@globex.test' } })).toBeNull();

    await db().invitation.create({
      data: {
        organizationId: globex.id,
        email: 'invitee@globex.test',
        role: 'admin',
        tokenHash: `hash-${crypto.randomUUID()}`,
        invitedByLabel: 'test',
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    expect((await ssoSignIn('invitee@globex.test')).result.kind).toBe('session');
    const m = await db().membership.findFirstOrThrow({
      where: { organizationId: globex.id, user: { email: 'invitee@globex.test' } },
    });
    expect(m.role).toBe('admin');
  });

  it('JIT on: a new member is created with the default role', async () => {
    await db().ssoConnection.update({ where: { organizationId: globex.id }, data: { jitProvisioning: true } });
    try {
      expect((await ssoSignIn('new@globex.test')).result.kind).toBe('session');
      const user = await db().user.findUniqueOrThrow({
        where: { email: 'new@globex.test' },
        include: { memberships: true },
      });
      expect(user.passwordHash).toBeNull();
      expect(user.memberships).toMatchObject([{ organizationId: globex.id, role: 'member' }]);
    } finally {
      await db().ssoConnection.update({ where: { organizationId: globex.id }, data: { jitProvisioning: false } });
    }
  });

  it('[R25] one organization’s connection never signs a user into another', async () => {
    // Initech's connection (JIT on) with a Globex address: refused, nothing created in Initech.
    const binding = newBrowserBinding();
    const { url } = await startSsoSignIn(anonymousCtx(), { email: 'someone@initech.test', browserBinding: binding });
    const cb = await idp.authorize(url, 'member@globex.test');
    const result = await finishSsoCallback(anonymousCtx(), { callbackUrl: cb, browserBinding: binding });
    expectFailure(result, 'SSO_EMAIL_OUTSIDE_DOMAINS');
    expect(await db().membership.count({ where: { organizationId: initech.id, userId: globexMember.id } })).toBe(0);
    expect((await lastSsoFailure(initech.id))?.reason).toBe('SSO_EMAIL_OUTSIDE_DOMAINS');
  });
});

describe('every failure ends without a session, with an audit reason and a message that says what to do', () => {
  const tamper = (claims: Record<string, unknown>) => claims;
  const cases: [string, () => Promise<SsoCallbackResult>, string, RegExp][] = [
    [
      'wrong state',
      async () =>
        (await ssoSignIn('member@globex.test', { tamperCallback: (u) => (u.searchParams.set('state', 'forged'), u) }))
          .result,
      'OIDC_FLOW_UNKNOWN',
      /unknown state/,
    ],
    [
      'state from another browser',
      async () => {
        const binding = newBrowserBinding();
        const { url } = await startSsoSignIn(anonymousCtx(), { email: 'member@globex.test', browserBinding: binding });
        const cb = await idp.authorize(url, 'member@globex.test');
        return finishSsoCallback(anonymousCtx(), { callbackUrl: cb, browserBinding: newBrowserBinding() });
      },
      'OIDC_FLOW_UNKNOWN',
      /another browser/,
    ],
    [
      'replayed code (callback used twice)',
      async () => {
        const first = await ssoSignIn('member@globex.test');
        expect(first.result.kind).toBe('session');
        return finishSsoCallback(anonymousCtx(), { callbackUrl: first.callbackUrl, browserBinding: first.binding });
      },
      'OIDC_FLOW_UNKNOWN',
      /replayed/,
    ],
    [
      'wrong nonce',
      async () => {
        idp.tamperNextIdToken({ claims: (c) => ({ ...tamper(c), nonce: 'attacker-nonce' }) });
        return (await ssoSignIn('member@globex.test')).result;
      },
      'OIDC_NONCE_MISMATCH',
      /nonce/,
    ],
    [
      'token for another client',
      async () => {
        idp.tamperNextIdToken({ claims: (c) => ({ ...c, aud: 'initech-app' }) });
        return (await ssoSignIn('member@globex.test')).result;
      },
      'OIDC_TOKEN_INVALID',
      /another application/,
    ],
    [
      'expired token',
      async () => {
        const now = Math.floor(Date.now() / 1000);
        idp.tamperNextIdToken({ claims: (c) => ({ ...c, iat: now - 7200, exp: now - 3600 }) });
        return (await ssoSignIn('member@globex.test')).result;
      },
      'OIDC_TOKEN_INVALID',
      /expired/,
    ],
    [
      'unsigned token',
      async () => {
        idp.tamperNextIdToken({ unsigned: true });
        return (await ssoSignIn('member@globex.test')).result;
      },
      'OIDC_TOKEN_INVALID',
      /refused/,
    ],
    [
      'unverified email',
      async () => (await ssoSignIn('unverified@globex.test')).result,
      'OIDC_EMAIL_UNVERIFIED',
      /not verified/,
    ],
    [
      'email outside the connection’s domains',
      async () => (await ssoSignIn('member@globex.test', { loginAs: 'someone@initech.test' })).result,
      'SSO_EMAIL_OUTSIDE_DOMAINS',
      /SSO_EMAIL_OUTSIDE_DOMAINS/,
    ],
    [
      'user deactivated at the IdP',
      async () => {
        idp.setUser('member@globex.test', { disabled: true });
        try {
          return (await ssoSignIn('member@globex.test')).result;
        } finally {
          idp.setUser('member@globex.test', { disabled: false });
        }
      },
      'OIDC_IDP_REFUSED',
      /access_denied/,
    ],
    [
      'IdP slow (past the timeout)',
      async () => {
        const binding = newBrowserBinding();
        const { url } = await startSsoSignIn(anonymousCtx(), { email: 'member@globex.test', browserBinding: binding });
        const cb = await idp.authorize(url, 'member@globex.test');
        process.env.SSO_HTTP_TIMEOUT_SECONDS = '1';
        resetConfigForTests();
        forgetDiscovery();
        idp.delayMs = 2_500;
        try {
          return await finishSsoCallback(anonymousCtx(), { callbackUrl: cb, browserBinding: binding });
        } finally {
          idp.delayMs = 0;
          delete process.env.SSO_HTTP_TIMEOUT_SECONDS;
          resetConfigForTests();
          forgetDiscovery();
        }
      },
      'OIDC_IDP_TIMEOUT',
      /timed out/,
    ],
  ];

  for (const [name, run, reason, auditReason] of cases) {
    it(`[R27] ${name}`, async () => {
      const sessionsBefore = await sessionsOf(globexMember.id);
      const ticketsBefore = await db().signInTicket.count({ where: { userId: globexMember.id } });
      const replay = name.startsWith('replayed');
      const error = expectFailure(await run(), reason);
      expect(error?.message).toMatch(
        /Start again|sign in again|try again|Try again|Sign in at your identity provider|contact your IT team|Verify it there/i,
      );
      expect(await sessionsOf(globexMember.id)).toBe(sessionsBefore);
      if (!replay) expect(await db().signInTicket.count({ where: { userId: globexMember.id } })).toBe(ticketsBefore);
      // A callback whose state names no flow cannot be tied to an organization: recorded without one.
      const audited = (await lastSsoFailure(name === 'wrong state' ? null : globex.id)) as {
        reason: string;
        error: string;
      };
      expect(`${audited.reason} ${audited.error}`).toMatch(auditReason);
    });
  }

  it('[R27] IdP down: the start refuses with a message, audited', async () => {
    forgetDiscovery();
    const err = (await idp.down(() =>
      startSsoSignIn(anonymousCtx(), { email: 'member@globex.test', browserBinding: newBrowserBinding() }).catch(
        (e: unknown) => e,
      ),
    )) as AppError;
    expect(err.reason).toBe('OIDC_IDP_UNREACHABLE');
    expect(err.message).toMatch(/Try again in a few minutes/);
    expect((await lastSsoFailure(globex.id))?.reason).toMatch(/unreachable/);
  });
});

describe('Require SSO and the break-glass owner', () => {
  it('[R23] cannot be turned on without a break-glass owner; the last one cannot be unmarked', async () => {
    expect(((await setRequireSso(globexAdmin, { enabled: true }).catch((e) => e)) as AppError).reason).toBe(
      'SSO_BREAK_GLASS_LAST',
    );
    expect(
      ((await setBreakGlass(globexAdmin, { userId: globexMember.id, breakGlass: true }).catch((e) => e)) as AppError)
        .reason,
    ).toBe('SSO_BREAK_GLASS_OWNER_ONLY');
    await setBreakGlass(globexAdmin, { userId: globexOwner.id, breakGlass: true });
  });

  it('[R20] turning it on ends other members’ password sessions; password sign-in then points to SSO, except for the break-glass owner', async () => {
    const memberCtx = await signedInCtx(globexMember, globex);
    const ownerCtx = await signedInCtx(globexOwner, globex);
    const { enabled, sessionsEnded } = await setRequireSso(globexAdmin, { enabled: true });
    expect(enabled).toBe(true);
    expect(sessionsEnded).toBeGreaterThan(0);
    expect((await db().session.findUniqueOrThrow({ where: { id: memberCtx.session.sessionId } })).revokedReason).toBe(
      'single sign-on required',
    );
    expect((await db().session.findUniqueOrThrow({ where: { id: ownerCtx.session.sessionId } })).revokedAt).toBeNull();
    expect(
      (await db().session.findUniqueOrThrow({ where: { id: globexAdmin.session.sessionId } })).revokedAt,
    ).toBeNull();

    const refused = (await signInWithPassword(anonymousCtx(), {
      email: 'member@globex.test',
      password: TEST_PASSWORD,
    }).catch((e: unknown) => e)) as AppError;
    expect(refused.reason).toBe('SSO_REQUIRED');
    expect(refused.message).toContain('Continue with Globex SSO');
    const denied = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: globex.id, action: 'auth.signin.failed', actorId: globexMember.id },
      orderBy: { seq: 'desc' },
    });
    expect(denied.outcome).toBe('DENIED');

    await expect(
      signInWithPassword(anonymousCtx(), { email: 'owner@globex.test', password: TEST_PASSWORD }),
    ).resolves.toMatchObject({ next: 'complete' });
    expect(
      ((await setBreakGlass(globexAdmin, { userId: globexOwner.id, breakGlass: false }).catch((e) => e)) as AppError)
        .reason,
    ).toBe('SSO_BREAK_GLASS_LAST');
    // SSO still works for the member.
    expect((await ssoSignIn('member@globex.test')).result.kind).toBe('session');
  });
});

describe('re-authentication (sudo) through the identity provider', () => {
  /** A member created just in time (no password here), signed in through SSO: their live session context. */
  async function jitMember(email: string) {
    idp.setUser(email, { sub: `g-${email.split('@')[0]}`, emailVerified: true });
    await db().ssoConnection.update({ where: { organizationId: globex.id }, data: { jitProvisioning: true } });
    try {
      const { result } = await ssoSignIn(email);
      if (result.kind !== 'session') throw new Error(`expected a session, got ${result.kind}`);
      const redeemed = await redeemSignInTicket(result.ticket);
      const session = await loadSessionContext(redeemed!.sessionToken);
      return { meta: anonymousCtx().meta, session: session! };
    } finally {
      await db().ssoConnection.update({ where: { organizationId: globex.id }, data: { jitProvisioning: false } });
    }
  }

  it('[R23][R18] a JIT member without a password confirms with a fresh sign-in at the IdP (prompt=login, max_age=0, auth_time checked); the session id rotates and stays an SSO session', async () => {
    const ctx = await jitMember('sudo-jit@globex.test');
    expect((await db().user.findUniqueOrThrow({ where: { id: ctx.session.user.id } })).passwordHash).toBeNull();
    expect(await ssoReauthOptions(ctx)).toEqual({ organization: 'Globex', hasPassword: false });

    const binding = newBrowserBinding();
    const { url } = await startSsoReauth(ctx, { browserBinding: binding });
    expect(new URL(url).searchParams.get('prompt')).toBe('login');
    expect(new URL(url).searchParams.get('max_age')).toBe('0');
    const cb = await idp.authorize(url, 'sudo-jit@globex.test');
    const { sessionToken } = await finishSsoReauth(ctx, { callbackUrl: cb, browserBinding: binding });

    const rotated = await loadSessionContext(sessionToken);
    expect(rotated!.sessionId).not.toBe(ctx.session.sessionId);
    expect(rotated!.reauthenticatedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await db().session.findUniqueOrThrow({ where: { id: ctx.session.sessionId } })).toMatchObject({
      revokedReason: 'rotated at re-authentication',
    });
    const row = await db().session.findUniqueOrThrow({ where: { id: rotated!.sessionId } });
    expect(row.ssoConnectionId).not.toBeNull();
    expect(row.ssoSubject).toBe('g-sudo-jit');
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: 'auth.reauth.succeeded', actorId: ctx.session.user.id },
      orderBy: { seq: 'desc' },
    });
    expect(audit.changes).toMatchObject({ method: 'single sign-on' });
    // The callback is used once.
    await expect(finishSsoReauth(ctx, { callbackUrl: cb, browserBinding: binding })).rejects.toMatchObject({
      reason: 'OIDC_FLOW_UNKNOWN',
    });
  });

  it('[R23][R27] refuses an IdP answer without a fresh sign-in, for another account, or for another session; each is audited and nothing rotates', async () => {
    const ctx = await jitMember('sudo-refused@globex.test');
    const attempt = async (opts: { loginAs?: string; finishWith?: typeof ctx; stale?: boolean }) => {
      const binding = newBrowserBinding();
      const { url } = await startSsoReauth(ctx, { browserBinding: binding });
      if (opts.stale)
        // The IdP answers from an old sign-in, as one ignoring prompt=login and max_age=0 would.
        idp.tamperNextIdToken({ claims: (c) => ({ ...c, auth_time: Math.floor(Date.now() / 1000) - 3600 }) });
      const cb = await idp.authorize(url, opts.loginAs ?? 'sudo-refused@globex.test');
      const err = await finishSsoReauth(opts.finishWith ?? ctx, { callbackUrl: cb, browserBinding: binding }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AppError);
      return (err as AppError).reason;
    };
    expect(await attempt({ stale: true })).toBe('SSO_REAUTH_NOT_FRESH');
    expect(await attempt({ loginAs: 'member@globex.test' })).toBe('SSO_REAUTH_OTHER_ACCOUNT');
    const otherSession = await jitMember('sudo-refused@globex.test');
    expect(await attempt({ finishWith: otherSession })).toBe('OIDC_FLOW_UNKNOWN');

    const failures = await db().auditEvent.findMany({
      where: { action: 'auth.reauth.failed', actorId: ctx.session.user.id },
      orderBy: { seq: 'asc' },
    });
    expect(failures.map((f) => (f.changes as { reason: string }).reason)).toEqual([
      'SSO_REAUTH_NOT_FRESH',
      'SSO_REAUTH_OTHER_ACCOUNT',
      expect.stringMatching(/another session/),
    ]);
    expect(await db().session.findUniqueOrThrow({ where: { id: ctx.session.sessionId } })).toMatchObject({
      revokedAt: null,
      reauthenticatedAt: null,
    });
  });
});

describe('back-channel logout', () => {
  it('[R19] a logout token from the IdP ends the member’s SSO sessions here; its replay is refused', async () => {
    const { result } = await ssoSignIn('member@globex.test');
    if (result.kind !== 'session') throw new Error(result.kind);
    await redeemSignInTicket(result.ticket);
    const live = await db().session.count({
      where: { userId: globexMember.id, revokedAt: null, ssoSubject: 'g-member' },
    });
    expect(live).toBeGreaterThan(0);
    await idp.logoutEverywhere('member@globex.test', 'globex-app');
    expect(
      await db().session.count({ where: { userId: globexMember.id, revokedAt: null, ssoConnectionId: { not: null } } }),
    ).toBe(0);
    const ended = await db().session.findFirstOrThrow({
      where: { userId: globexMember.id, ssoSubject: 'g-member' },
      orderBy: { createdAt: 'desc' },
    });
    expect(ended.revokedReason).toBe('signed out at the identity provider');
    const events = await db().auditEvent.findMany({
      where: { organizationId: globex.id, action: 'auth.sso.backchannel_logout' },
    });
    expect(events.at(-1)!.changes).toMatchObject({ subject: 'g-member', sessionsEnded: live });
  });

  it('[R25] a logout token for Initech’s client ends nothing at Globex', async () => {
    const { result } = await ssoSignIn('member@globex.test');
    if (result.kind !== 'session') throw new Error(result.kind);
    await redeemSignInTicket(result.ticket);
    const globexConn = await db().ssoConnection.findUniqueOrThrow({ where: { organizationId: globex.id } });
    // Initech's IdP client sends its token to Globex's endpoint: wrong audience, refused.
    idp.clients.find((c) => c.client_id === 'initech-app')!.backchannel_logout_uri =
      `http://127.0.0.1:${RECEIVER_PORT}/logout/${globexConn.id}`;
    idp.reloadClients();
    await expect(idp.logoutEverywhere('member@globex.test', 'initech-app')).rejects.toThrow(/400/);
    expect(
      await db().session.count({ where: { userId: globexMember.id, revokedAt: null, ssoConnectionId: globexConn.id } }),
    ).toBe(1);
    const denied = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: globex.id, action: 'auth.sso.backchannel_logout', outcome: 'DENIED' },
    });
    expect((denied.changes as { reason: string }).reason).toMatch(/aud/);
  });
});
