// Organization API keys and the /api/v1 endpoints, called as Next.js calls them: the route handlers with
// a request carrying the socket peer (x-tc-peer-address) the way server.mjs hands it over.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as checkRoute } from '@/app/api/v1/ip-access/check/route';
import { GET as rulesRoute } from '@/app/api/v1/ip-access/rules/route';
import { GET as unknownRoute } from '@/app/api/v1/[[...path]]/route';
import { apiKeyPrefix } from '@/lib/api-keys/key-format';
import { listApiKeys } from '@/lib/api-keys/list-api-keys';
import { revokeApiKey } from '@/lib/api-keys/revoke-api-key';
import { sha256Hex } from '@/lib/auth/tokens';
import { resetConfigForTests } from '@/lib/config';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { addIpRule } from '@/lib/ip-access/add-ip-rule';
import { setIpListEnabled } from '@/lib/ip-access/set-ip-list-enabled';
import { outboxFor } from '@/tests/fixtures/factories';
import { apiRequest, ipAccessWorld, newApiKey, saved } from '@/tests/fixtures/ip-access';

const caught = async (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as AppError,
  );
const noContext = { params: Promise.resolve({}) };
const check = (opts: Parameters<typeof apiRequest>[1], query = 'scope=smtp&ip=192.0.2.10') =>
  checkRoute(apiRequest(`/api/v1/ip-access/check?${query}`, opts), noContext);

let world: Awaited<ReturnType<typeof ipAccessWorld>>;
let key: string;
beforeAll(async () => {
  world = await ipAccessWorld('Keys Co', '203.0.113.10');
  key = (await newApiKey(world.ownerCtx, 'Mail edge')).secret;
});
afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
  resetConfigForTests();
});

describe('API keys in the account', () => {
  it('[R23] [R25] creating a key needs api-keys:manage and sudo mode', async () => {
    expect((await caught(newApiKey(world.memberCtx)))?.code).toBe('FORBIDDEN');
    expect((await caught(newApiKey(world.adminCtx)))?.code).toBe('REAUTH_REQUIRED');
  });

  it('the key is shown once, stored only as a hash, recognisable by its prefix; creation is audited and admins told', async () => {
    const created = await newApiKey(world.ownerCtx, 'Reporting script');
    expect(created.secret).toMatch(/^tc_[0-9a-f]{10}_[A-Za-z0-9_-]{43}$/);
    expect(created.key.prefix).toBe(apiKeyPrefix(created.secret));
    const row = await db().apiKey.findUniqueOrThrow({ where: { id: created.key.id } });
    expect(row.secretHash).toBe(sha256Hex(created.secret));
    // The secret is everything after tc_<10 hex>_: base64url, so it may contain '_' itself.
    expect(JSON.stringify(row)).not.toContain(created.secret.slice('tc_0123456789_'.length));
    // Listing never returns anything secret.
    const listed = await listApiKeys(world.ownerCtx);
    expect(listed.find((k) => k.id === created.key.id)).toEqual({ ...created.key });
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: world.org.id, action: 'api_key.created', targetId: created.key.id },
    });
    expect(event).toMatchObject({
      actorType: 'USER',
      actorId: world.owner.id,
      targetLabel: `Reporting script (${created.key.prefix})`,
    });
    expect(JSON.stringify(event.changes)).not.toContain(created.secret);
    const mail = (await outboxFor(world.admin.email)).find(
      (m) => m.template === 'api_key.created' && m.text.includes('Reporting script'),
    );
    expect(mail?.subject).toBe('New API key for Keys Co: Reporting script');
    expect(mail?.text).not.toContain(created.secret);
  });

  it('[R25] revoking: another organization’s key answers NOT_FOUND; a revoked key stops working at once', async () => {
    const other = await ipAccessWorld('Other Keys Co');
    const theirs = await newApiKey(other.ownerCtx);
    expect((await caught(revokeApiKey(world.ownerCtx, { keyId: theirs.key.id })))?.code).toBe('NOT_FOUND');
    expect((await check({ key: theirs.secret })).status).toBe(200);

    const mine = await newApiKey(world.ownerCtx, 'Short-lived');
    expect((await check({ key: mine.secret })).status).toBe(200);
    const revoked = await revokeApiKey(world.ownerCtx, { keyId: mine.key.id });
    expect(revoked.revokedAt).not.toBeNull();
    const res = await check({ key: mine.secret });
    expect(res.status).toBe(401);
    expect((await caught(revokeApiKey(world.ownerCtx, { keyId: mine.key.id })))?.code).toBe('CONFLICT');
    expect(
      await db().auditEvent.count({
        where: { organizationId: world.org.id, action: 'api_key.revoked', targetId: mine.key.id },
      }),
    ).toBe(1);
  });
});

describe('/api/v1 authentication', () => {
  it('[R27] answers 401 JSON (never 500) for a missing, malformed, unknown or wrong key, and audits the attempt', async () => {
    for (const [opts, expected] of [
      [{}, 'Send an API key as “Authorization: Bearer <key>”.'],
      [{ key: 'not-a-key' }, 'The API key is not valid or has been revoked.'],
      [{ key: 'tc_0000000000_' + 'A'.repeat(43) }, 'The API key is not valid or has been revoked.'],
      [{ key: key.slice(0, -4) + 'AAAA' }, 'The API key is not valid or has been revoked.'],
    ] as const) {
      const res = await check({ ...opts, peer: '198.51.100.201' });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await res.json()).toMatchObject({ code: 'UNAUTHENTICATED', error: expected });
    }
    // The wrong secret for a real prefix is attributed to that key's organization, as an API_KEY actor.
    const wrong = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: world.org.id, action: 'api_key.auth_failed' },
    });
    expect(wrong).toMatchObject({
      actorType: 'API_KEY',
      outcome: 'FAILURE',
      ip: '198.51.100.201',
      changes: { reason: 'wrong secret' },
    });
    expect(
      await db().auditEvent.count({
        where: { organizationId: null, action: 'api_key.auth_failed', ip: '198.51.100.201' },
      }),
    ).toBe(3);
  });

  it('[R9] guessing keys from one address is slowed to 429 with Retry-After, and stops filling the audit log', async () => {
    const peer = '198.51.100.202';
    const statuses: number[] = [];
    for (let i = 0; i < 23; i++)
      statuses.push((await check({ key: `tc_${i.toString(16).padStart(10, '0')}_${'B'.repeat(43)}`, peer })).status);
    expect(statuses.slice(0, 19).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(-3)).toEqual([429, 429, 429]);
    const limited = await check({ key, peer });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await db().auditEvent.count({ where: { action: 'api_key.auth_failed', ip: peer } })).toBeLessThanOrEqual(20);
  });

  it('answers JSON 404 for an endpoint that does not exist', async () => {
    const res = await unknownRoute();
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('GET /api/v1/ip-access/check and the api list', () => {
  it('checks an address for a scope; bad input answers 400 with the precise reason', async () => {
    const w = await ipAccessWorld('Mail Co', '203.0.113.10');
    const { secret } = await newApiKey(w.ownerCtx);
    saved(await addIpRule(w.ownerCtx, { scope: 'smtp', address: '192.0.2.0/24', label: 'Relays' }));
    let res = await check({ key: secret });
    expect(await res.json()).toMatchObject({
      scope: 'smtp',
      ip: '192.0.2.10',
      allowed: true,
      listEnabled: false,
      reason: 'list-disabled',
    });
    saved(await setIpListEnabled(w.ownerCtx, { scope: 'smtp', enabled: true }));
    res = await check({ key: secret });
    expect(await res.json()).toMatchObject({ allowed: true, listEnabled: true, reason: 'in-list' });
    res = await check({ key: secret }, 'scope=smtp&ip=::ffff:198.51.100.1');
    expect(await res.json()).toMatchObject({ ip: '198.51.100.1', allowed: false, reason: 'not-in-list' });

    res = await check({ key: secret }, 'scope=smtp&ip=10.0.0.300');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'VALIDATION',
      error: expect.stringMatching(/^ip: Octet out of range/),
    });
    res = await check({ key: secret }, 'scope=ftp&ip=192.0.2.1');
    expect(res.status).toBe(400);
  });

  it('[R25] [R27] the api list refuses a key used from elsewhere with 403 JSON, audited with actor type API_KEY', async () => {
    const w = await ipAccessWorld('Locked API Co', '203.0.113.10');
    const { secret, key: k } = await newApiKey(w.ownerCtx, 'Gateway');
    saved(await addIpRule(w.ownerCtx, { scope: 'api', address: '198.51.100.0/24', label: 'Data centre' }));
    saved(await setIpListEnabled(w.ownerCtx, { scope: 'api', enabled: true }));

    expect((await check({ key: secret, peer: '198.51.100.50' })).status).toBe(200);
    const res = await check({ key: secret, peer: '203.0.113.77' });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'FORBIDDEN', error: expect.stringContaining('203.0.113.77') });
    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: w.org.id, action: 'ip_access.denied' },
    });
    expect(event).toMatchObject({
      actorType: 'API_KEY',
      actorId: k.id,
      actorLabel: `Gateway (${k.prefix})`,
      outcome: 'DENIED',
      ip: '203.0.113.77',
    });
    expect(event.changes).toMatchObject({ scope: 'api', ip: '203.0.113.77', path: '/api/v1/ip-access/check' });
    // Last use is shown in the account: when and from where.
    const listed = (await listApiKeys(w.ownerCtx)).find((x) => x.id === k.id);
    expect(listed?.lastUsedIp).toBe('203.0.113.77');
  });

  it('[R26] a spoofed X-Forwarded-For is ignored; a trusted proxy is honoured', async () => {
    const w = await ipAccessWorld('Proxy Co', '203.0.113.10');
    const { secret } = await newApiKey(w.ownerCtx);
    saved(await addIpRule(w.ownerCtx, { scope: 'api', address: '198.51.100.0/24', label: 'Data centre' }));
    saved(await setIpListEnabled(w.ownerCtx, { scope: 'api', enabled: true }));

    expect((await check({ key: secret, peer: '203.0.113.77', forwardedFor: '198.51.100.50' })).status).toBe(403);
    process.env.TRUSTED_PROXIES = '10.0.0.0/8';
    resetConfigForTests();
    expect((await check({ key: secret, peer: '10.1.2.3', forwardedFor: '198.51.100.50' })).status).toBe(200);
    expect((await check({ key: secret, peer: '10.1.2.3', forwardedFor: '198.51.100.50, 203.0.113.77' })).status).toBe(
      403,
    );
    expect((await check({ key: secret, peer: '203.0.113.77', forwardedFor: '198.51.100.50' })).status).toBe(403);
  });
});

describe('GET /api/v1/ip-access/rules', () => {
  it('exports the compiled lists with an ETag; If-None-Match answers 304 until something changes', async () => {
    const w = await ipAccessWorld('Export Co', '203.0.113.10');
    const { secret } = await newApiKey(w.ownerCtx);
    saved(await addIpRule(w.ownerCtx, { scope: 'smtp', address: '192.0.2.0/25', label: 'Relay A' }));
    saved(await addIpRule(w.ownerCtx, { scope: 'smtp', address: '192.0.2.128/25', label: 'Relay B' }));
    saved(await addIpRule(w.ownerCtx, { scope: 'smtp', address: '2001:db8:100::/48', label: 'Relay v6' }));
    saved(await setIpListEnabled(w.ownerCtx, { scope: 'smtp', enabled: true }));

    const first = await rulesRoute(apiRequest('/api/v1/ip-access/rules?scope=smtp', { key: secret }), noContext);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const body = await first.json();
    expect(body).toMatchObject({
      organization: w.org.slug,
      scopes: {
        smtp: {
          enabled: true,
          rules: [
            { cidr: '192.0.2.0/25', label: 'Relay A' },
            { cidr: '192.0.2.128/25', label: 'Relay B' },
            { cidr: '2001:db8:100::/48', label: 'Relay v6' },
          ],
          // Compiled: adjacent ranges merged, first and last address of each.
          ranges: {
            ipv4: [['192.0.2.0', '192.0.2.255']],
            ipv6: [['2001:db8:100::', '2001:db8:100:ffff:ffff:ffff:ffff:ffff']],
          },
        },
      },
    });
    expect(Object.keys(body.scopes)).toEqual(['smtp']);

    const again = await rulesRoute(
      apiRequest('/api/v1/ip-access/rules?scope=smtp', { key: secret, headers: { 'if-none-match': etag } }),
      noContext,
    );
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    saved(await addIpRule(w.ownerCtx, { scope: 'smtp', address: '198.51.100.9', label: 'Backup' }));
    const changed = await rulesRoute(
      apiRequest('/api/v1/ip-access/rules?scope=smtp', { key: secret, headers: { 'if-none-match': etag } }),
      noContext,
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);

    const all = await (await rulesRoute(apiRequest('/api/v1/ip-access/rules', { key: secret }), noContext)).json();
    expect(Object.keys(all.scopes)).toEqual(['panel', 'api', 'smtp']);
    const bad = await rulesRoute(apiRequest('/api/v1/ip-access/rules?scope=nope', { key: secret }), noContext);
    expect(bad.status).toBe(400);
  });
});
