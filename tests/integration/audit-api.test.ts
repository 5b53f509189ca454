// GET /api/v1/audit-events for SIEMs: API key authentication, organization scope, cursor pagination.
import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/audit-events/route';
import { recordAudit } from '@/lib/audit/record';
import { db } from '@/lib/db';
import { meta } from '@/tests/fixtures/factories';
import { apiRequest, ipAccessWorld, newApiKey } from '@/tests/fixtures/ip-access';

const noContext = { params: Promise.resolve({}) };
let key: string;
let otherKey: string;
let orgId: string;

beforeAll(async () => {
  const world = await ipAccessWorld('SIEM Co');
  const other = await ipAccessWorld('Elsewhere Co');
  orgId = world.org.id;
  key = (await newApiKey(world.ownerCtx, 'SIEM')).secret;
  otherKey = (await newApiKey(other.ownerCtx, 'Other SIEM')).secret;
  for (let i = 0; i < 7; i++) {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: orgId,
        action: 'session.revoked',
        actor: { type: 'USER', id: 'u', label: 'siem-test@example.test' },
        meta: meta(),
      }),
    );
  }
});

const call = (query: string, k: string | null = key) =>
  GET(apiRequest(`/api/v1/audit-events?${query}`, { key: k ?? undefined }), noContext);

describe('GET /api/v1/audit-events', () => {
  it('pages through the organization’s events with a cursor, newest first', async () => {
    const seen: string[] = [];
    let cursor = '';
    for (let pages = 0; pages < 10; pages++) {
      const res = await call(`action=session.revoked&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const body = await res.json();
      seen.push(...body.data.map((e: { seq: string }) => e.seq));
      if (!body.nextCursor) break;
      cursor = body.nextCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('[R25] another organization’s key sees none of these events', async () => {
    const body = await (await call('actor=siem-test@example.test', otherKey)).json();
    expect(body.data).toEqual([]);
  });

  it('answers 401 without a key and 400 with a specific message for bad parameters', async () => {
    const anonymous = await call('', null);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).code).toBe('UNAUTHENTICATED');
    const bad = await call('limit=5000&from=yesterday');
    expect(bad.status).toBe(400);
    const text = (await bad.json()).error as string;
    expect(text).toMatch(/limit must be at most 500/);
    expect(text).toMatch(/From must be a date like 2026-11-21/);
  });
});
