// The generic OpenID Connect relying party (lib/oidc) against a real provider on 127.0.0.1
// (tests/support/oidc-provider.ts): every check the SSO sign-in and the document viewers rely on.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover, forgetDiscovery, parseIssuerUrl, type OidcClientSettings } from '@/lib/oidc/discovery';
import { finishAuthorization, startAuthorization } from '@/lib/oidc/authorization';
import { verifyLogoutToken } from '@/lib/oidc/backchannel-logout';
import { newBrowserBinding, redeemFlow, saveFlow } from '@/lib/oidc/flow-store';
import { OidcError } from '@/lib/oidc/errors';
import { TestIdp } from '@/tests/support/oidc-provider';
import { freeTcpPort } from '@/tests/support/free-port';

let IDP_PORT: number;
let RECEIVER_PORT: number;
const REDIRECT = 'http://127.0.0.1:3240/api/sso/callback';
const policy = { allowHttp: true, timeoutSeconds: 10 };

let idp: TestIdp;
let receiver: http.Server;
const logoutTokens: string[] = [];
const settings = (clientId = 'trust-center'): OidcClientSettings => ({
  issuer: idp.issuer,
  clientId,
  clientSecret: `${clientId}-secret-0123456789`,
});

beforeAll(async () => {
  IDP_PORT = await freeTcpPort();
  RECEIVER_PORT = await freeTcpPort();
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      logoutTokens.push(new URLSearchParams(body).get('logout_token') ?? '');
      res.statusCode = 200;
      res.end();
    });
  });
  await new Promise<void>((r) => receiver.listen(RECEIVER_PORT, '127.0.0.1', r));
  idp = await TestIdp.start({
    port: IDP_PORT,
    clients: ['trust-center', 'other-app'].map((id) => ({
      client_id: id,
      client_secret: `${id}-secret-0123456789`,
      redirect_uris: [REDIRECT],
      backchannel_logout_uri: `http://127.0.0.1:${RECEIVER_PORT}/logout`,
    })),
  });
});

afterAll(async () => {
  await idp?.stop();
  await new Promise((r) => receiver?.close(r));
});

async function signIn(email: string, clientId = 'trust-center') {
  const config = await discover(settings(clientId), policy);
  const { url, secrets } = await startAuthorization(config, { redirectUri: REDIRECT });
  const callbackUrl = await idp.authorize(url, email);
  return { config, secrets, callbackUrl };
}

async function failure(p: Promise<unknown>): Promise<OidcError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OidcError);
  return err as OidcError;
}

describe('discovery', () => {
  it('accepts the provider and refuses plain http when not allowed (https only outside development)', async () => {
    const config = await discover(settings(), policy);
    expect(config.serverMetadata().issuer).toBe(idp.issuer);
    expect(() => parseIssuerUrl(idp.issuer, { allowHttp: false, timeoutSeconds: 10 })).toThrow(/https/);
    expect(() => parseIssuerUrl('not a url', policy)).toThrow(/issuer URL/);
  });

  it('an identity provider that is down is a coded failure, not a crash', async () => {
    forgetDiscovery();
    const err = await idp.down(() => failure(discover(settings(), policy)));
    expect(err.reason).toBe('OIDC_IDP_UNREACHABLE');
  });

  it('a slow identity provider is abandoned after the timeout', async () => {
    forgetDiscovery();
    idp.delayMs = 2_500;
    try {
      const started = Date.now();
      const err = await failure(discover(settings(), { allowHttp: true, timeoutSeconds: 1 }));
      expect(err.reason).toBe('OIDC_IDP_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(2_400);
    } finally {
      idp.delayMs = 0;
    }
  });
});

describe('authorization code flow', () => {
  it('signs in a verified user: PKCE, state and nonce checked, claims returned', async () => {
    const { config, secrets, callbackUrl } = await signIn('member@globex.test');
    expect(callbackUrl.searchParams.get('state')).toBe(secrets.state);
    const identity = await finishAuthorization(config, { callbackUrl, secrets }, policy);
    expect(identity).toMatchObject({ email: 'member@globex.test', subject: 'u-member', issuer: idp.issuer });
    expect(identity.amr).not.toContain('mfa');
  });

  it('passes on the amr the provider asserts', async () => {
    const { config, secrets, callbackUrl } = await signIn('mfa@globex.test');
    const id = await finishAuthorization(config, { callbackUrl, secrets }, policy);
    expect(id.amr).toContain('mfa');
  });

  it('refuses an unverified email', async () => {
    const { config, secrets, callbackUrl } = await signIn('unverified@globex.test');
    const err = await failure(finishAuthorization(config, { callbackUrl, secrets }, policy));
    expect(err.reason).toBe('OIDC_EMAIL_UNVERIFIED');
    expect(err.message).toContain('unverified@globex.test');
  });

  it('Entra ID: xms_edov stands for email_verified only when the issuer is Entra’s; never over email_verified false', async () => {
    // The local provider plays Entra: no email_verified, xms_edov true (the tenant owns the domain).
    idp.setUser('entra@contoso.test', { sub: 'u-entra', emailVerified: null, claims: { xms_edov: true } });
    idp.setUser('entra-false@contoso.test', { sub: 'u-entra-f', emailVerified: false, claims: { xms_edov: true } });
    const asEntra = { ...policy, entraIssuer: new RegExp(`^${idp.issuer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) };

    // Any issuer that is not Entra's host: a claim of that name proves nothing.
    const other = await signIn('entra@contoso.test');
    expect(other.callbackUrl.searchParams.get('code')).toBeTruthy();
    expect((await failure(finishAuthorization(other.config, other, policy))).reason).toBe('OIDC_EMAIL_UNVERIFIED');

    const entra = await signIn('entra@contoso.test');
    const identity = await finishAuthorization(entra.config, entra, asEntra);
    expect(identity).toMatchObject({ email: 'entra@contoso.test', subject: 'u-entra' });
    expect(identity.claims).toMatchObject({ xms_edov: true });
    expect(identity.claims).not.toHaveProperty('email_verified');

    const refused = await signIn('entra-false@contoso.test');
    expect((await failure(finishAuthorization(refused.config, refused, asEntra))).reason).toBe('OIDC_EMAIL_UNVERIFIED');
  });

  it('recognises Entra ID only by its own host and a tenant id', async () => {
    const { ENTRA_ISSUER } = await import('@/lib/oidc/discovery');
    expect(ENTRA_ISSUER.test('https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0')).toBe(true);
    for (const issuer of [
      'https://login.microsoftonline.com.evil.test/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0',
      'http://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0',
      'https://evil.test/login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0',
      'https://login.microsoftonline.com/common/v2.0',
    ])
      expect(ENTRA_ISSUER.test(issuer)).toBe(false);
  });

  it('refuses a callback with another state', async () => {
    const { config, secrets, callbackUrl } = await signIn('member@globex.test');
    const err = await failure(
      finishAuthorization(config, { callbackUrl, secrets: { ...secrets, state: 'another-state' } }, policy),
    );
    expect(err.reason).toBe('OIDC_FLOW_UNKNOWN');
  });

  it('refuses a replayed code (the provider answers invalid_grant)', async () => {
    const { config, secrets, callbackUrl } = await signIn('member@globex.test');
    await finishAuthorization(config, { callbackUrl, secrets }, policy);
    const err = await failure(finishAuthorization(config, { callbackUrl, secrets }, policy));
    expect(err.reason).toBe('OIDC_CODE_REJECTED');
  });

  it('refuses a code issued to another client', async () => {
    const theirs = await signIn('member@globex.test', 'other-app');
    const ours = await discover(settings(), policy);
    const err = await failure(
      finishAuthorization(ours, { callbackUrl: theirs.callbackUrl, secrets: theirs.secrets }, policy),
    );
    expect(err.reason).toBe('OIDC_CODE_REJECTED');
  });

  it('refuses a wrong PKCE verifier', async () => {
    const { config, secrets, callbackUrl } = await signIn('member@globex.test');
    const err = await failure(
      finishAuthorization(config, { callbackUrl, secrets: { ...secrets, codeVerifier: 'x'.repeat(43) } }, policy),
    );
    expect(err.reason).toBe('OIDC_CODE_REJECTED');
  });

  it.each([
    ['a wrong nonce', { claims: (c: Record<string, unknown>) => ({ ...c, nonce: 'attacker' }) }, 'OIDC_NONCE_MISMATCH'],
    [
      'a token for another client',
      { claims: (c: Record<string, unknown>) => ({ ...c, aud: 'other-app' }) },
      'OIDC_TOKEN_INVALID',
    ],
    [
      'another issuer',
      { claims: (c: Record<string, unknown>) => ({ ...c, iss: 'http://127.0.0.1:1' }) },
      'OIDC_TOKEN_INVALID',
    ],
    [
      'an expired token',
      {
        claims: (c: Record<string, unknown>) => ({
          ...c,
          iat: Math.floor(Date.now() / 1000) - 3600,
          exp: Math.floor(Date.now() / 1000) - 1800,
        }),
      },
      'OIDC_TOKEN_INVALID',
    ],
    ['an unsigned token', { unsigned: true }, 'OIDC_TOKEN_INVALID'],
  ])('refuses %s', async (_name, tamper, reason) => {
    const { config, secrets, callbackUrl } = await signIn('member@globex.test');
    idp.tamperNextIdToken(tamper);
    const err = await failure(finishAuthorization(config, { callbackUrl, secrets }, policy));
    expect(err.reason).toBe(reason);
  });

  it('refuses a user the provider refuses (disabled there)', async () => {
    idp.setUser('gone@globex.test', { disabled: true });
    const { config, secrets, callbackUrl } = await signIn('gone@globex.test');
    const err = await failure(finishAuthorization(config, { callbackUrl, secrets }, policy));
    expect(err.reason).toBe('OIDC_IDP_REFUSED');
  });

  it('keeps working across a key rotation at the provider', async () => {
    const before = idp.currentKid;
    await idp.rotateKeys();
    expect(idp.currentKid).not.toBe(before);
    const { config, secrets, callbackUrl } = await signIn('member@globex.test');
    expect((await finishAuthorization(config, { callbackUrl, secrets }, policy)).email).toBe('member@globex.test');
  });
});

describe('flow store', () => {
  it('redeems a flow once, only from the browser that started it', async () => {
    const browser = newBrowserBinding();
    const secrets = { state: `s-${crypto.randomUUID()}`, nonce: 'n', codeVerifier: 'v' };
    await saveFlow({ browserBinding: browser, purpose: 'test', subjectId: 'x', secrets });
    await expect(
      redeemFlow({ state: secrets.state, browserBinding: newBrowserBinding(), purposes: ['test'] }),
    ).rejects.toThrow(/another browser/);
    await expect(redeemFlow({ state: secrets.state, browserBinding: browser, purposes: ['other'] })).rejects.toThrow(
      OidcError,
    );
    const flow = await redeemFlow({ state: secrets.state, browserBinding: browser, purposes: ['test'] });
    expect(flow.secrets).toEqual(secrets);
    const replay = await failure(redeemFlow({ state: secrets.state, browserBinding: browser, purposes: ['test'] }));
    expect(replay.audit.reason).toMatch(/replayed/);
    expect((await failure(redeemFlow({ state: 'unknown', browserBinding: browser, purposes: ['test'] }))).reason).toBe(
      'OIDC_FLOW_UNKNOWN',
    );
  });
});

describe('back-channel logout token', () => {
  it('accepts a signed logout token once and refuses its replay and a token for another client', async () => {
    const config = await discover(settings(), policy);
    logoutTokens.length = 0;
    await idp.logoutEverywhere('member@globex.test', 'trust-center');
    const token = logoutTokens[0]!;
    expect(await verifyLogoutToken(config, token, policy)).toMatchObject({ subject: 'u-member', issuer: idp.issuer });
    expect((await failure(verifyLogoutToken(config, token, policy))).audit.reason).toMatch(/replayed/);

    await idp.logoutEverywhere('member@globex.test', 'other-app');
    expect((await failure(verifyLogoutToken(config, logoutTokens[1]!, policy))).audit.reason).toMatch(/aud/);
    const [h, p] = token.split('.');
    expect((await failure(verifyLogoutToken(config, `${h}.${p}.`, policy))).reason).toBe('OIDC_TOKEN_INVALID');
  });
});
