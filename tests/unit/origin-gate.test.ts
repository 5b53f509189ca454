import { describe, expect, it } from 'vitest';
import { crossOriginRefusal } from '@/lib/http/origin-gate.mjs';

const base = { url: '/account/security', headers: { host: 'trust.acme.example' } };
const req = (method: string, headers: Record<string, string>, url = base.url) => ({
  method,
  url,
  headers: { ...base.headers, ...headers },
});

describe('[R25] origin gate', () => {
  it('[R25] refuses every state-changing method from another origin', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) {
      expect(crossOriginRefusal(req(method, { origin: 'https://evil.example' }))).toBe('foreign origin');
    }
  });

  it('[R25] lets reads through whatever their origin', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(
        crossOriginRefusal(req(method, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })),
      ).toBeNull();
    }
  });

  it('[R25] accepts the same origin, by Host, X-Forwarded-Host or APP_URL', () => {
    expect(crossOriginRefusal(req('POST', { origin: 'https://trust.acme.example' }))).toBeNull();
    expect(
      crossOriginRefusal(req('POST', { origin: 'https://TRUST.acme.example', 'sec-fetch-site': 'same-origin' })),
    ).toBeNull();
    expect(
      crossOriginRefusal({
        method: 'POST',
        url: '/',
        headers: { host: 'app:3000', 'x-forwarded-host': 'trust.acme.example', origin: 'https://trust.acme.example' },
      }),
    ).toBeNull();
    expect(
      crossOriginRefusal(
        { method: 'POST', url: '/', headers: { host: '10.0.0.5:3000', origin: 'https://trust.acme.example' } },
        { appOrigin: 'https://trust.acme.example' },
      ),
    ).toBeNull();
  });

  it('[R25] refuses a sibling subdomain, another port, an opaque origin and a malformed one', () => {
    expect(crossOriginRefusal(req('POST', { origin: 'https://evil.acme.example' }))).toBe('foreign origin');
    expect(crossOriginRefusal(req('POST', { origin: 'https://trust.acme.example:8443' }))).toBe('foreign origin');
    expect(crossOriginRefusal(req('POST', { origin: 'null' }))).toBe('opaque origin');
    expect(crossOriginRefusal(req('POST', { origin: 'not a url' }))).toBe('malformed origin');
    expect(crossOriginRefusal(req('POST', { origin: 'file://trust.acme.example' }))).toBe('foreign origin');
  });

  it('[R25] without Origin, decides by Sec-Fetch-Site when the browser sends it', () => {
    expect(crossOriginRefusal(req('POST', { 'sec-fetch-site': 'cross-site' }))).toBe('sec-fetch-site cross-site');
    expect(crossOriginRefusal(req('POST', { 'sec-fetch-site': 'same-site' }))).toBe('sec-fetch-site same-site');
    expect(crossOriginRefusal(req('POST', { 'sec-fetch-site': 'same-origin' }))).toBeNull();
    expect(crossOriginRefusal(req('POST', { 'sec-fetch-site': 'none' }))).toBeNull();
    // curl, a server-side API client, a mail client: no browser, no ambient cookies by accident.
    expect(crossOriginRefusal(req('POST', {}))).toBeNull();
  });

  it('[R25] RFC 8058 one-click unsubscribe stays open to mail clients', () => {
    expect(
      crossOriginRefusal(
        req('POST', { origin: 'https://mail.example' }, '/subprocessors/unsubscribe/one-click?subscriber=x&token=y'),
      ),
    ).toBeNull();
    expect(crossOriginRefusal(req('POST', { origin: 'https://mail.example' }, '/subprocessors/unsubscribe'))).toBe(
      'foreign origin',
    );
  });
});
