import crypto from 'node:crypto';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { resetConfigForTests } from '@/lib/config';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.setTimeout(500, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

const available = await reachable(REDIS_URL);

afterAll(() => {
  delete process.env.REDIS_URL;
  resetConfigForTests();
});

describe.skipIf(!available)(`rate limits shared through Redis (${REDIS_URL}; skipped when not reachable)`, () => {
  it('[R9] with REDIS_URL set, limits live in Redis so every instance sees the same count', async () => {
    process.env.REDIS_URL = REDIS_URL;
    resetConfigForTests();
    const { consume, POLICIES } = await import('@/lib/security/rate-limit');
    const key = `test-${crypto.randomUUID()}@example.test`;
    const results = [];
    for (let i = 0; i <= POLICIES.signInPerAccount.points; i++) results.push(await consume('signInPerAccount', key));
    expect(results.slice(0, POLICIES.signInPerAccount.points).every((r) => !r.limited)).toBe(true);
    expect(results.at(-1)!.limited).toBe(true);

    // Another instance is simply another Redis client: it reads the same counter.
    const redis = new Redis(REDIS_URL);
    const stored = await redis.keys(`rl:signInPerAccount*${key}`);
    expect(stored).toHaveLength(1);
    const ttl = await redis.pttl(stored[0]!);
    expect(ttl).toBeGreaterThan(0); // [R10] the block expires by itself
    await redis.del(stored[0]!);
    await redis.quit();
  });
});
