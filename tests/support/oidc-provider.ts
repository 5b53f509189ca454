// A real OpenID Provider (panva's `oidc-provider`) on 127.0.0.1 for integration and e2e tests: nothing
// is mocked at the HTTP level, our relying party talks to it exactly as to Okta or Entra ID.
// Generic on purpose (no organizations here): the SSO sign-in and the document viewers both use it.
//
// What a test can do with it:
// - sign users in through its login form (a browser) or with `authorize()` (a cookie-jar walk, no browser);
// - users with and without `email_verified`, one whose login asserts amr ["mfa"], users disabled at the IdP;
// - several clients (a second one, for "token for another client");
// - rotate its signing keys (restart with a new key first, the old one still published);
// - send OIDC Back-Channel Logout 1.0 tokens to a client (`logoutEverywhere`);
// - misbehave on purpose: tamper with the next ID token (expired, unsigned, other audience, other nonce),
//   answer slowly, or stop answering.
import http from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, decodeJwt, type JWK } from 'jose';
import Provider from 'oidc-provider';

export interface IdpUser {
  sub: string;
  email: string;
  name: string;
  /** null: the claim is not sent at all (as Microsoft Entra ID does; see `xms_edov` in `claims`). */
  emailVerified: boolean | null;
  /** Authentication methods this user's login asserts (e.g. ["pwd", "mfa"]). */
  amr?: string[];
  /** Disabled at the IdP: the login is refused with access_denied. */
  disabled?: boolean;
  /** Extra ID token claims, e.g. Google's `hd` or Microsoft's `tid` (document viewers' work-account rules). */
  claims?: Record<string, unknown>;
}

export interface IdpClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  backchannel_logout_uri?: string;
  backchannel_logout_session_required?: boolean;
  post_logout_redirect_uris?: string[];
}

export type IdTokenTamper = {
  /** Change claims before the token is re-signed with the provider's current key. */
  claims?: (claims: Record<string, unknown>) => Record<string, unknown>;
  /** Send the token unsigned (alg "none"). */
  unsigned?: boolean;
};

export const DEFAULT_USERS: IdpUser[] = [
  { sub: 'u-member', email: 'member@globex.test', name: 'Globex Member', emailVerified: true, amr: ['pwd'] },
  { sub: 'u-unverified', email: 'unverified@globex.test', name: 'Unverified', emailVerified: false, amr: ['pwd'] },
  { sub: 'u-mfa', email: 'mfa@globex.test', name: 'MFA User', emailVerified: true, amr: ['pwd', 'mfa'] },
];

async function newSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: `k-${crypto.randomUUID().slice(0, 8)}`, alg: 'RS256', use: 'sig' };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export class TestIdp {
  readonly users = new Map<string, IdpUser>();
  readonly clients: IdpClient[];
  keys: JWK[] = [];
  /** Milliseconds every answer waits before being sent ("IdP slow"). */
  delayMs = 0;
  private tamper: IdTokenTamper | null = null;
  private server: http.Server | null = null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private provider: any;

  private constructor(
    readonly port: number,
    clients: IdpClient[],
    users: IdpUser[],
  ) {
    this.clients = clients;
    for (const u of users) this.users.set(u.email, { ...u });
  }

  get issuer(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(opts: { port: number; clients: IdpClient[]; users?: IdpUser[] }): Promise<TestIdp> {
    const idp = new TestIdp(opts.port, opts.clients, opts.users ?? DEFAULT_USERS);
    idp.keys = [await newSigningKey()];
    await idp.listen();
    return idp;
  }

  /** The signing key ID tokens are signed with now. */
  get currentKid(): string {
    return this.keys[0]!.kid!;
  }

  /** Key rotation: a new key signs from now on; the previous one stays published in the JWKS. */
  async rotateKeys(): Promise<void> {
    this.keys = [await newSigningKey(), ...this.keys.slice(0, 1)];
    // Same server, new provider: its in-memory store (sessions, codes) lives on in the module.
    this.buildProvider();
  }

  /** Applies changes made to `clients` (e.g. a back-channel URI), keeping keys and sessions. */
  reloadClients(): void {
    this.buildProvider();
  }

  /** The next ID token the token endpoint issues is altered as described (once). */
  tamperNextIdToken(tamper: IdTokenTamper): void {
    this.tamper = tamper;
  }

  setUser(email: string, patch: Partial<IdpUser>): void {
    const user = this.users.get(email);
    if (user) this.users.set(email, { ...user, ...patch });
    else
      this.users.set(email, {
        sub: `u-${crypto.randomUUID().slice(0, 8)}`,
        name: email,
        emailVerified: true,
        amr: ['pwd'],
        email,
        ...patch,
      });
  }

  /** OIDC Back-Channel Logout 1.0: sends a logout token for `email` to the client's back-channel URI. */
  async logoutEverywhere(email: string, clientId = this.clients[0]!.client_id, sid?: string): Promise<void> {
    const user = this.users.get(email);
    if (!user) throw new Error(`no IdP user ${email}`);
    const client = await this.provider.Client.find(clientId);
    await client.backchannelLogout(user.sub, sid);
  }

  /**
   * Walks an authorization URL as a browser would (cookies kept, redirects followed), logging in as
   * `email` on the login form, and returns the URL the IdP finally redirects to (our callback), unfollowed.
   */
  async authorize(authorizationUrl: string | URL, email: string): Promise<URL> {
    const jar = new Map<string, string>();
    let url = new URL(authorizationUrl);
    let init: RequestInit = { method: 'GET' };
    for (let hop = 0; hop < 10; hop++) {
      const res = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: {
          ...(init.headers as Record<string, string>),
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        },
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const eq = pair!.indexOf('=');
        jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
      }
      const location = res.headers.get('location');
      if (location) {
        const next = new URL(location, url);
        if (next.origin !== this.issuer) return next;
        url = next;
        init = { method: 'GET' };
        continue;
      }
      const html = await res.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error(`IdP answered ${res.status} without a form or redirect: ${html.slice(0, 300)}`);
      url = new URL(action.replaceAll('&amp;', '&'), url);
      init = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ login: email }).toString(),
      };
    }
    throw new Error('too many redirects at the IdP');
  }

  /** "IdP down": stops answering until `start()` listens again on the same port. */
  async restart(): Promise<void> {
    await this.stop();
    await this.listen();
  }

  async down<T>(during: () => Promise<T>): Promise<T> {
    await this.stop();
    try {
      return await during();
    } finally {
      await this.listen();
    }
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private handle: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;

  private buildProvider(): void {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the provider callbacks read live test settings
    const idp = this;
    const provider = new Provider(this.issuer, {
      clients: this.clients.map((c) => ({
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        ...c,
      })),
      jwks: { keys: this.keys },
      features: {
        devInteractions: { enabled: false },
        backchannelLogout: { enabled: true },
        rpInitiatedLogout: { enabled: true },
      },
      pkce: { required: () => true },
      claims: {
        // amr and sid released with openid, so every ID token says how the user logged in.
        openid: ['sub', 'amr', 'sid', 'auth_time', 'hd', 'tid', 'xms_edov'],
        email: ['email', 'email_verified'],
        profile: ['name'],
      },
      // Its SSRF guard refuses 127.0.0.1, where the back-channel logout receiver (our app) listens in tests.
      fetch: (url: URL | string, options: RequestInit & { dispatcher?: unknown }) => {
        delete options.dispatcher;
        // Its 2.5 s limit is tight for a receiver on a loaded test machine.
        options.signal = AbortSignal.timeout(15_000);
        return globalThis.fetch(url, options);
      },
      conformIdTokenClaims: false,
      ttl: { Session: 3600, Interaction: 600, Grant: 3600, AuthorizationCode: 60, IdToken: 300, AccessToken: 300 },
      cookies: { keys: ['test-idp-cookie-key'] },
      findAccount: async (_ctx: unknown, sub: string) => {
        const user = [...idp.users.values()].find((u) => u.sub === sub);
        if (!user) return undefined;
        return {
          accountId: sub,
          claims: async () => ({
            ...user.claims,
            sub,
            email: user.email,
            ...(user.emailVerified === null ? {} : { email_verified: user.emailVerified }),
            name: user.name,
          }),
        };
      },
      // Consent is implied: every client gets the scopes it asks for.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      loadExistingGrant: async (ctx: any) => {
        const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
        if (grantId) return ctx.oidc.provider.Grant.find(grantId);
        const grant = new ctx.oidc.provider.Grant({
          clientId: ctx.oidc.client.clientId,
          accountId: ctx.oidc.session.accountId,
        });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        return grant;
      },
      renderError: async (ctx: { type: string; body: string }, out: Record<string, string>) => {
        ctx.type = 'html';
        ctx.body = `<!doctype html><title>IdP error</title><pre>${escapeHtml(JSON.stringify(out))}</pre>`;
      },
    });
    provider.proxy = false;
    // ID tokens: optionally altered (tests of our validation), always with the amr of the login.
    provider.use(
      async (ctx: { path: string; method: string; body: unknown; status: number }, next: () => Promise<void>) => {
        if (idp.delayMs) await new Promise((r) => setTimeout(r, idp.delayMs));
        await next();
        if (ctx.path === '/token' && ctx.method === 'POST' && idp.tamper && ctx.status === 200) {
          const body = ctx.body as { id_token?: string };
          if (body?.id_token) {
            const tamper = idp.tamper;
            idp.tamper = null;
            body.id_token = await idp.reissue(body.id_token, tamper);
          }
        }
      },
    );
    this.provider = provider;
    this.handle = provider.callback();
  }

  private async listen(): Promise<void> {
    if (!this.port) throw new Error('TestIdp needs a fixed port (the issuer URL names it)');
    this.buildProvider();
    this.server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', this.issuer);
      const match = /^\/interaction\/([^/]+)(\/login)?$/.exec(url.pathname);
      if (match) {
        void this.interaction(req, res, Boolean(match[2])).catch((err) => {
          res.statusCode = 500;
          res.end(String(err));
        });
        return;
      }
      this.handle!(req, res);
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.port, '127.0.0.1', resolve);
    });
  }

  /** The login page: a form asking for the email of a known user (no password: it is a test IdP). */
  private async interaction(req: http.IncomingMessage, res: http.ServerResponse, submitted: boolean) {
    const details = await this.provider.interactionDetails(req, res);
    if (!submitted) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html><head><title>Test IdP sign-in</title></head><body>
<h1>Test identity provider</h1><p>Client: ${escapeHtml(String(details.params.client_id))}</p>
<form method="post" action="/interaction/${escapeHtml(details.uid)}/login">
<label>Email <input name="login" type="email" autofocus></label>
<button type="submit">Sign in at the IdP</button></form></body></html>`);
      return;
    }
    const form = await readForm(req);
    const user = this.users.get((form.get('login') ?? '').toLowerCase());
    const result = !user
      ? { error: 'access_denied', error_description: 'Unknown user at the identity provider.' }
      : user.disabled
        ? { error: 'access_denied', error_description: 'This account is disabled at the identity provider.' }
        : { login: { accountId: user.sub, amr: user.amr ?? ['pwd'] } };
    await this.provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }

  /** Re-signs (or strips the signature of) an ID token the provider issued. */
  private async reissue(idToken: string, tamper: IdTokenTamper): Promise<string> {
    const claims = tamper.claims ? tamper.claims({ ...decodeJwt(idToken) }) : decodeJwt(idToken);
    if (tamper.unsigned) {
      const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      return `${enc({ alg: 'none', typ: 'JWT' })}.${enc(claims)}.`;
    }
    const key = this.keys[0]!;
    const { importJWK } = await import('jose');
    return new SignJWT(claims as Record<string, unknown>)
      .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
      .sign(await importJWK(key, 'RS256'));
  }
}
