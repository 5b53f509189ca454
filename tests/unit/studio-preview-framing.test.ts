import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { mayBeFramedBySelf } from '@/lib/http/security-headers';
import { proxy } from '@/proxy';

const headersOf = (path: string) => {
  const response = proxy(new NextRequest(`http://localhost:3000${path}`));
  return { csp: response.headers.get('content-security-policy') ?? '', xfo: response.headers.get('x-frame-options') };
};

describe('[R30] framing: only the studio draft preview, only by our own origin', () => {
  it('[R30] the draft preview may be framed by the same origin (the editor), by nobody else', () => {
    const { csp, xfo } = headersOf('/studio/pages/0b8a4c36-2a83-4a55-9d1e-1c2a7e0f9b11/preview');
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain("frame-ancestors 'none'");
    expect(xfo).toBe('SAMEORIGIN');
  });

  it.each([
    '/',
    '/data-protection/data-processing-agreement',
    '/studio/pages',
    '/studio/pages/abc',
    '/studio/pages/abc/history',
    '/account',
    '/login',
    '/studio/pages/abc/preview/x',
    '/x/studio/pages/abc/preview',
  ])("[R30] %s still says frame-ancestors 'none' and X-Frame-Options DENY", (path) => {
    const { csp, xfo } = headersOf(path);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(xfo).toBe('DENY');
  });

  it('[R30] API responses are never framable, even on a look-alike path', () => {
    expect(mayBeFramedBySelf('/api/studio/pages/a/preview')).toBe(false);
    expect(headersOf('/api/health').csp).toContain("frame-ancestors 'none'");
  });
});
