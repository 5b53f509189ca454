// Pure functions so the policy is unit-tested without a server.

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

/** The studio's draft preview, framed by the editor on the same origin; nothing else may be framed (R30). */
const SELF_FRAMED_PATH = /^\/studio\/pages\/[^/]+\/preview\/?$/;

export function mayBeFramedBySelf(pathname: string): boolean {
  return SELF_FRAMED_PATH.test(pathname);
}

export function contentSecurityPolicy(nonce: string, opts: { dev: boolean; frameSelf?: boolean }): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonce'd Next.js runtime load its own chunks; nothing else runs.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self'${opts.dev ? " 'unsafe-inline'" : ` 'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    opts.frameSelf ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ];
  if (!opts.dev) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** JSON APIs render nothing, so they get the tightest possible policy. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

export const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
  // Passkeys need WebAuthn in our own origin only.
  'publickey-credentials-get=(self)',
  'publickey-credentials-create=(self)',
].join(', ');

export function baselineHeaders(opts: { hsts: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
  if (opts.hsts) headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains';
  return headers;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a well-formed upstream request id (for tracing through a proxy), otherwise mints one. */
export function requestIdFrom(incoming: string | null): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
