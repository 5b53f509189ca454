// Document viewers confirm their work email by signing in (issue 19, item 4), against real OpenID
// providers on 127.0.0.1 (tests/support/oidc-provider.ts) standing in for Google and Microsoft, and a
// customer organization's own connection. Nothing is mocked at the HTTP level.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { db } from '@/lib/db';
import { addAutoApproveRule } from '@/lib/documents/auto-approve-rules';
import {
  finishViewerVerification,
  isViewerCallback,
  ViewerVerificationError,
} from '@/lib/documents/finish-viewer-verification';
import { openViewerSession } from '@/lib/documents/open-viewer-session';
import { startViewerVerification } from '@/lib/documents/start-viewer-verification';
import { forgetCustomerConnectionsOffered } from '@/lib/documents/viewer-connections';
import { viewerRedirectUri, viewerSignInOptions, type ViewerChoice } from '@/lib/documents/viewer-providers';
import { MICROSOFT_CONSUMER_TENANT } from '@/lib/documents/work-account';
import { forgetDiscovery } from '@/lib/oidc/discovery';
import { newBrowserBinding } from '@/lib/oidc/flow-store';
import { sealClientSecret } from '@/lib/sso/connection';
import { callbackUrl } from '@/lib/sso/sign-in';
import { anonymousCtx, createOrganization } from '@/tests/fixtures/factories';
import { documentWorld, magicTokenFor, requestInput } from '@/tests/fixtures/documents';
import { TestIdp } from '@/tests/support/oidc-provider';
import { freeTcpPort } from '@/tests/support/free-port';

let GOOGLE_PORT: number;
let MICROSOFT_PORT: number;
const ORG_TENANT = '6f1a7c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b';
const SECRET = (id: string) => `${id}-secret-0123456789`;

let w: Awaited<ReturnType<typeof documentWorld>>;
let google: TestIdp;
let microsoft: TestIdp;
const saved = { ...process.env };

beforeAll(async () => {
  GOOGLE_PORT = await freeTcpPort();
  MICROSOFT_PORT = await freeTcpPort();
  Object.assign(process.env, {
    VIEWER_GOOGLE_CLIENT_ID: 'viewer-google',
    VIEWER_GOOGLE_CLIENT_SECRET: SECRET('viewer-google'),
    VIEWER_GOOGLE_ISSUER: `http://127.0.0.1:${GOOGLE_PORT}`,
    VIEWER_MICROSOFT_CLIENT_ID: 'viewer-microsoft',
    VIEWER_MICROSOFT_CLIENT_SECRET: SECRET('viewer-microsoft'),
    VIEWER_MICROSOFT_ISSUER: `http://127.0.0.1:${MICROSOFT_PORT}`,
    SSO_HTTP_TIMEOUT_SECONDS: '2',
  });
  resetConfigForTests();
  const client = (id: string, redirect = viewerRedirectUri()) => ({
    client_id: id,
    client_secret: SECRET(id),
    redirect_uris: [redirect],
  });
  google = await TestIdp.start({
    port: GOOGLE_PORT,
    // initech-sso: a customer's connection, registered with the SSO sign-in's redirect URI only.
    clients: [client('viewer-google'), client('initech-sso', callbackUrl())],
    users: [
      { sub: 'g-pat', email: 'pat@globex.test', name: 'Pat', emailVerified: true, claims: { hd: 'globex.test' } },
      { sub: 'g-kim', email: 'kim@globex.test', name: 'Kim', emailVerified: true, claims: { hd: 'globex.test' } },
      { sub: 'g-personal', email: 'pat.home@gmail.test', name: 'Pat', emailVerified: true },
      {
        sub: 'g-unverified',
        email: 'new@globex.test',
        name: 'New',
        emailVerified: false,
        claims: { hd: 'globex.test' },
      },
      { sub: 'g-initech', email: 'ivy@initech.test', name: 'Ivy', emailVerified: true },
      { sub: 'g-other', email: 'ivy@elsewhere.test', name: 'Ivy', emailVerified: true },
    ],
  });
  microsoft = await TestIdp.start({
    port: MICROSOFT_PORT,
    clients: [client('viewer-microsoft')],
    users: [
      { sub: 'm-org', email: 'max@contoso.test', name: 'Max', emailVerified: true, claims: { tid: ORG_TENANT } },
      {
        sub: 'm-consumer',
        email: 'max@outlook.test',
        name: 'Max',
        emailVerified: true,
        claims: { tid: MICROSOFT_CONSUMER_TENANT },
      },
    ],
  });
  w = await documentWorld();
  await addAutoApproveRule(w.staff, { domain: 'globex.test', expiryDays: 30 });
});

afterAll(async () => {
  await google?.stop();
  await microsoft?.stop();
  process.env = saved;
  resetConfigForTests();
  forgetDiscovery();
});

let ipCounter = 10;
/** The form with a "Verify with …" button pressed, then the provider's login as `loginAs`. */
async function verifyWith(choice: ViewerChoice, email: string, loginAs = email, idp = google) {
  const ctx = anonymousCtx({ ip: `203.0.113.${ipCounter++}` });
  const browserBinding = newBrowserBinding();
  const started = await startViewerVerification(ctx, {
    ...requestInput([w.gated.id], email),
    verifyWith: choice,
    browserBinding,
  });
  const callback = await idp.authorize(started.continueTo!, loginAs);
  const request = await db().documentAccessRequest.findFirstOrThrow({
    where: { email },
    orderBy: { createdAt: 'desc' },
  });
  return {
    started,
    request,
    callback,
    browserBinding,
    finish: (over: { callbackUrl?: string; browserBinding?: string | null } = {}) =>
      finishViewerVerification(ctx, { callbackUrl: callback.href, browserBinding, ...over }),
  };
}

async function refusal(p: Promise<unknown>): Promise<ViewerVerificationError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ViewerVerificationError);
  return err as ViewerVerificationError;
}

const eventCount = () => db().auditEvent.count({ where: { organizationId: w.vendor.id } });

async function eventsOf(requestId: string) {
  return db().auditEvent.findMany({ where: { targetId: requestId }, orderBy: { seq: 'asc' } });
}

async function expectRefusedAndAudited(requestId: string, reason: RegExp) {
  const request = await db().documentAccessRequest.findUniqueOrThrow({ where: { id: requestId } });
  expect(request.status).toBe('UNVERIFIED');
  expect(await db().documentAccessGrant.count({ where: { requestId } })).toBe(0);
  const failed = (await eventsOf(requestId)).filter((e) => e.action === 'document.access_verification_failed');
  expect(failed).toHaveLength(1);
  expect(failed[0]!.outcome).toBe('FAILURE');
  expect(JSON.stringify(failed[0]!.changes)).toMatch(reason);
}

describe('document viewers sign in with a work account', () => {
  it('offers a button per configured provider', async () => {
    forgetCustomerConnectionsOffered();
    expect((await viewerSignInOptions()).map((o) => o.key)).toEqual(['google', 'microsoft']);
  });

  it('[R27] a Google Workspace account confirms the email; auto-approval by domain grants at once, with the method audited', async () => {
    const before = await eventCount();
    const v = await verifyWith('google', 'pat@globex.test');
    expect(v.started.provider).toBe('Google');
    expect(v.request.status).toBe('UNVERIFIED');
    // No emailed confirmation link: the provider confirms the address.
    expect(await db().mailOutbox.count({ where: { to: 'pat@globex.test', template: 'documents.verify' } })).toBe(0);
    // One audit event per call (tests/integration/audit-coverage.test.ts leaves these use-cases to this file).
    expect(await eventCount()).toBe(before + 1);
    expect(await v.finish()).toEqual({ status: 'approved', provider: 'Google' });
    expect(await eventCount()).toBe(before + 2);
    const grant = await db().documentAccessGrant.findUniqueOrThrow({ where: { requestId: v.request.id } });
    expect(grant.autoApproved).toBe(true);
    const granted = await db().auditEvent.findFirstOrThrow({
      where: { action: 'document.access_granted', targetId: grant.id },
    });
    expect(granted.changes).toMatchObject({ autoApproved: true, verification: 'google' });
    // From here on exactly as after the emailed link: the magic link opens a viewer session.
    const { sessionToken } = await openViewerSession(anonymousCtx(), { token: await magicTokenFor('pat@globex.test') });
    expect(sessionToken).toBeTruthy();
  });

  it('[R27] a Google account without a Workspace domain (hd) is refused as personal, audited, no grant', async () => {
    const v = await verifyWith('google', 'pat.home@gmail.test');
    const before = await eventCount();
    const err = await refusal(v.finish());
    expect(await eventCount()).toBe(before + 1);
    expect(err.failure).toBe('VIEWER_SSO_PERSONAL_ACCOUNT');
    expect(err.message).toMatch(/^Google signed you in with a personal account.*work account/);
    await expectRefusedAndAudited(v.request.id, /without hd/);
  });

  it('[R27] an email the provider has not verified is refused', async () => {
    const v = await verifyWith('google', 'new@globex.test');
    const err = await refusal(v.finish());
    expect(err.failure).toBe('VIEWER_SSO_EMAIL_UNVERIFIED');
    expect(err.message).toMatch(/has not verified your email address/);
    await expectRefusedAndAudited(v.request.id, /not verified/);
  });

  it('[R27] a wrong state, another browser, or a replayed answer is refused', async () => {
    const v = await verifyWith('google', 'kim@globex.test');
    const forged = new URL(v.callback);
    forged.searchParams.set('state', 'forged-state-0123456789');
    expect((await refusal(v.finish({ callbackUrl: forged.href }))).failure).toBe('VIEWER_SSO_EXPIRED');
    expect((await refusal(v.finish({ browserBinding: newBrowserBinding() }))).failure).toBe('VIEWER_SSO_EXPIRED');
    expect((await refusal(v.finish({ browserBinding: null }))).failure).toBe('VIEWER_SSO_EXPIRED');
    // The forged state knows no request (audited without a target); the other two are the request's.
    await expect(db().documentAccessRequest.findUniqueOrThrow({ where: { id: v.request.id } })).resolves.toMatchObject({
      status: 'UNVERIFIED',
    });
    expect(
      (await eventsOf(v.request.id)).filter((e) => e.action === 'document.access_verification_failed'),
    ).toHaveLength(2);
    // The genuine answer still works once, and only once.
    expect((await v.finish()).status).toBe('approved');
    expect((await refusal(v.finish())).failure).toBe('VIEWER_SSO_EXPIRED');
  });

  it('[R27] signing in as another address than the request’s is refused', async () => {
    const v = await verifyWith('google', 'kim@globex.test', 'pat@globex.test');
    const err = await refusal(v.finish());
    expect(err.failure).toBe('VIEWER_SSO_EMAIL_MISMATCH');
    await expectRefusedAndAudited(v.request.id, /signed in as pat@globex.test/);
  });

  it('[R27] a Microsoft work account is accepted (no rule for its domain: the staff queue), the consumer tenant refused', async () => {
    const ok = await verifyWith('microsoft', 'max@contoso.test', undefined, microsoft);
    expect(await ok.finish()).toEqual({ status: 'pending', provider: 'Microsoft' });
    const verified = await db().auditEvent.findFirstOrThrow({
      where: { action: 'document.access_verified', targetId: ok.request.id },
    });
    expect(verified.changes).toMatchObject({ verification: 'microsoft' });

    const personal = await verifyWith('microsoft', 'max@outlook.test', undefined, microsoft);
    const err = await refusal(personal.finish());
    expect(err.failure).toBe('VIEWER_SSO_PERSONAL_ACCOUNT');
    expect(err.message).toMatch(/^Microsoft signed you in with a personal account/);
    await expectRefusedAndAudited(personal.request.id, /consumer tenant/);
  });

  it('[R27] a provider that answers too slowly (timeout) is refused with a message, and no grant', async () => {
    const v = await verifyWith('google', 'pat@globex.test');
    google.delayMs = 2500;
    try {
      const err = await refusal(v.finish());
      expect(err.failure).toBe('VIEWER_SSO_UNAVAILABLE');
      expect(err.message).toMatch(/could not be reached or did not answer in time/);
    } finally {
      google.delayMs = 0;
    }
    await expectRefusedAndAudited(v.request.id, /timed out/);
  });

  it('a provider that is down when the form is sent stores nothing and says so', async () => {
    await microsoft.stop();
    forgetDiscovery();
    try {
      const email = 'down@contoso.test';
      const err = await startViewerVerification(anonymousCtx({ ip: '203.0.113.250' }), {
        ...requestInput([w.gated.id], email),
        verifyWith: 'microsoft',
        browserBinding: newBrowserBinding(),
      }).catch((e: unknown) => e);
      expect(err).toMatchObject({ reason: 'VIEWER_SSO_UNAVAILABLE' });
      expect(await db().documentAccessRequest.count({ where: { email } })).toBe(0);
      expect(
        await db().auditEvent.count({ where: { action: 'document.access_verification_failed', actorLabel: email } }),
      ).toBe(1);
    } finally {
      microsoft = await TestIdp.start({
        port: MICROSOFT_PORT,
        clients: microsoft.clients,
        users: [...microsoft.users.values()],
      });
    }
  });
});

describe('a customer organization’s own connection', () => {
  it('[R25] confirms only the domains that organization proved; other domains are not offered', async () => {
    const initech = await createOrganization('Initech');
    await db().ssoConnection.create({
      data: {
        organizationId: initech.id,
        issuer: google.issuer,
        clientId: 'initech-sso',
        ...sealClientSecret(initech.id, SECRET('initech-sso')),
      },
    });
    await db().ssoDomain.createMany({
      data: [
        { organizationId: initech.id, domain: 'initech.test', verificationToken: 't1', verifiedAt: new Date() },
        // Claimed but never proved: not a domain the connection may vouch for.
        { organizationId: initech.id, domain: 'elsewhere.test', verificationToken: 't2' },
      ],
    });
    forgetCustomerConnectionsOffered();
    expect((await viewerSignInOptions()).map((o) => o.key)).toContain('sso');

    const v = await verifyWith('sso', 'ivy@initech.test');
    expect(v.started.provider).toBe('Initech single sign-on');
    // The answer comes to the connection's registered address, which hands document flows on.
    expect(v.callback.pathname).toBe('/api/sso/callback');
    expect(await isViewerCallback(v.callback.searchParams.get('state'))).toBe(true);
    expect(await v.finish()).toEqual({ status: 'pending', provider: 'Initech single sign-on' });
    const verified = await db().auditEvent.findFirstOrThrow({
      where: { action: 'document.access_verified', targetId: v.request.id },
    });
    expect(verified.changes).toMatchObject({ verification: 'sso:Initech' });

    await expect(
      startViewerVerification(anonymousCtx({ ip: '203.0.113.251' }), {
        ...requestInput([w.gated.id], 'ivy@elsewhere.test'),
        verifyWith: 'sso',
        browserBinding: newBrowserBinding(),
      }),
    ).rejects.toMatchObject({ fieldErrors: { email: [expect.stringMatching(/not set up for elsewhere.test/)] } });
  });
});
