import { describe, expect, it } from 'vitest';
import { normalizeIp, parseTrustedProxies, resolveClientIp } from '@/lib/http/client-ip';

const none = parseTrustedProxies([]);
const lb = parseTrustedProxies(['10.0.0.0/8', '2001:db8::/32']);

describe('[R26] client address', () => {
  it('[R26] ignores X-Forwarded-For from an untrusted peer (spoofing)', () => {
    expect(resolveClientIp({ peer: '203.0.113.9', forwardedFor: '198.51.100.1', trustedProxies: none })).toBe(
      '203.0.113.9',
    );
    expect(resolveClientIp({ peer: '203.0.113.9', forwardedFor: '198.51.100.1', trustedProxies: lb })).toBe(
      '203.0.113.9',
    );
  });

  it('[R26] believes a trusted proxy, reading right to left to the first untrusted hop', () => {
    const ip = resolveClientIp({
      peer: '10.1.1.1',
      forwardedFor: '1.2.3.4, 198.51.100.7, 10.2.2.2',
      trustedProxies: lb,
    });
    expect(ip).toBe('198.51.100.7');
  });

  it('[R26] a client cannot prepend its way past the proxy', () => {
    const ip = resolveClientIp({ peer: '10.1.1.1', forwardedFor: '10.9.9.9, 198.51.100.7', trustedProxies: lb });
    expect(ip).toBe('198.51.100.7');
  });

  it('[R26] stops at a malformed hop', () => {
    expect(resolveClientIp({ peer: '10.1.1.1', forwardedFor: '1.2.3.4, garbage', trustedProxies: lb })).toBe(
      '10.1.1.1',
    );
  });

  it('unmaps IPv4-mapped IPv6 peers', () => {
    expect(normalizeIp('::ffff:192.0.2.10')).toBe('192.0.2.10');
    expect(resolveClientIp({ peer: '::ffff:203.0.113.5', forwardedFor: null, trustedProxies: none })).toBe(
      '203.0.113.5',
    );
    expect(normalizeIp('not-an-ip')).toBeNull();
  });
});
