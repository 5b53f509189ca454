import { afterEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { setSetupGate, setupGateRequired } from '@/lib/setup/setup-state';
import { proxy } from '@/proxy';

const visit = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) =>
  proxy(new NextRequest(`http://localhost:3000${path}`, init));

describe('first-run setup gate (proxy.ts)', () => {
  afterEach(() => setSetupGate(false));

  it.each(['/', '/login', '/account', '/studio/pages', '/documents', '/signup', '/.well-known/security.txt'])(
    'before setup, %s leads to /setup',
    (path) => {
      setSetupGate(true);
      const res = visit(path);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('http://localhost:3000/setup');
      expect(res.headers.get('cache-control')).toBe('no-store');
    },
  );

  it('before setup, the API answers 503 with a JSON message; /setup, /api/health and static files pass', () => {
    setSetupGate(true);
    const api = visit('/api/v1/audit-events');
    expect(api.status).toBe(503);
    for (const path of ['/setup', '/api/health', '/_next/static/chunks/app.js', '/icon.svg']) {
      expect(visit(path).headers.get('location'), path).toBeNull();
      expect(visit(path).status, path).toBe(200);
    }
  });

  it('after setup (or before the server checked), nothing is redirected', () => {
    expect(setupGateRequired()).toBe(false);
    expect(visit('/account').status).toBe(200);
    setSetupGate(true);
    setSetupGate(false);
    expect(visit('/').headers.get('location')).toBeNull();
  });
});
