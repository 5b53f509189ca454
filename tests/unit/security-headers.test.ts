import { describe, expect, it } from 'vitest';
import { baselineHeaders, contentSecurityPolicy, createNonce, requestIdFrom } from '@/lib/http/security-headers';

describe('[R30] security headers', () => {
  it('[R30] production CSP uses a nonce, no unsafe-inline or unsafe-eval, and forbids framing', () => {
    const csp = contentSecurityPolicy('abc123', { dev: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("style-src 'self' 'nonce-abc123'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('[R30] nonces carry 128 bits and never repeat', () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    expect(Buffer.from([...nonces][0]!, 'base64')).toHaveLength(16);
  });

  it('[R30] HSTS for at least a year with subdomains, only when asked', () => {
    expect(baselineHeaders({ hsts: true })['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(baselineHeaders({ hsts: false })).not.toHaveProperty('Strict-Transport-Security');
    expect(baselineHeaders({ hsts: false })).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });

  it('keeps a well-formed request id and replaces anything else', () => {
    expect(requestIdFrom('req-1234abcd')).toBe('req-1234abcd');
    expect(requestIdFrom('bad\nid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(null)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
