import { afterAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { resetConfigForTests } from '@/lib/config';
import { closeDb } from '@/lib/db';

const original = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };

afterAll(async () => {
  await closeDb();
  process.env.DATABASE_URL = original.DATABASE_URL;
  if (original.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
  process.env.DATA_DIR = original.DATA_DIR;
  resetConfigForTests();
});

describe('GET /api/health', () => {
  it('answers 200 with the database round-trip time', async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok', database: { ok: true } });
    expect(body.database.roundTripMs).toBeGreaterThan(0);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 503, without details, when the database is unreachable', async () => {
    await closeDb();
    // Nothing listens on port 1: the connection is refused at once.
    process.env.DATABASE_URL = 'postgres://trust:secret-password@127.0.0.1:1/trust';
    resetConfigForTests();
    const res = await GET();
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({
      status: 'unavailable',
      database: { ok: false, roundTripMs: null, error: 'database unreachable' },
    });
    expect(text).not.toMatch(/secret-password|127\.0\.0\.1|ECONNREFUSED/);
  });
});
