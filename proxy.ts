// Request-time gate for every route: request id, nonce-based CSP and security headers. Authorization is
// never decided here (pages and actions check again through lib/dal.ts); this only adds headers.
import { NextResponse, type NextRequest } from 'next/server';
import {
  API_CONTENT_SECURITY_POLICY,
  baselineHeaders,
  contentSecurityPolicy,
  createNonce,
  mayBeFramedBySelf,
  requestIdFrom,
} from '@/lib/http/security-headers';
import { setupGateRequired } from '@/lib/setup/setup-state';
import { resolveContentLocales } from '@/lib/i18n/locale-config';
import { hasLanguageVersions, splitLocale } from '@/lib/i18n/paths';

const isDev = process.env.NODE_ENV === 'development';
// HSTS only makes sense when the deployment is served over HTTPS.
const hsts = process.env.NODE_ENV === 'production' && (process.env.APP_URL ?? '').startsWith('https://');

/**
 * A server action posted from another origin: refused here with a clean 403 (Next would answer 500).
 * server.mjs refuses every cross-origin write earlier (lib/http/origin-gate.mjs); this stays for a server
 * started without it (`next start`).
 */
function isCrossOriginAction(request: NextRequest): boolean {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false;
  const origin = request.headers.get('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host !== (request.headers.get('host') ?? request.nextUrl.host);
  } catch {
    return true;
  }
}

/** Reachable before the first-run setup: the setup page itself, the health check and static files. */
function reachableBeforeSetup(pathname: string): boolean {
  return (
    pathname === '/setup' ||
    pathname === '/api/health' ||
    pathname.startsWith('/_next/') ||
    /^\/[\w.-]+\.(svg|png|ico|txt|css|js|woff2?)$/.test(pathname)
  );
}

function internalRenderNonce(request: NextRequest): string | null {
  const secret = process.env.TC_INTERNAL_RENDER_SECRET;
  const marker = request.headers.get('x-tc-render-nonce');
  if (!secret || !marker || request.headers.get('x-tc-render-secret') !== secret) return null;
  return /^[A-Za-z0-9]{32,64}$/.test(marker) ? marker : null;
}

// Parsed once: the proxy must not load the whole configuration (lib/config parses it the same way).
const localeSettings = (() => {
  const { CONTENT_LOCALES, DEMO_DATA, DATABASE_URL } = process.env;
  const locales = resolveContentLocales({ CONTENT_LOCALES, DEMO_DATA, DATABASE_URL });
  return { locales, defaultLocale: locales[0]! };
})();

export function proxy(request: NextRequest) {
  // No vendor organization yet: everything leads to the first-run setup (lib/setup).
  if (!reachableBeforeSetup(request.nextUrl.pathname) && setupGateRequired()) {
    const headers = {
      'Content-Security-Policy': API_CONTENT_SECURITY_POLICY,
      ...baselineHeaders({ hsts }),
      'Cache-Control': 'no-store',
    };
    if (request.nextUrl.pathname.startsWith('/api/')) {
      return NextResponse.json(
        {
          error: 'The Trust Center is not set up yet. Open /setup to finish the first-run setup.',
          code: 'UNAVAILABLE',
        },
        { status: 503, headers },
      );
    }
    return NextResponse.redirect(new URL('/setup', request.url), { status: 303, headers });
  }
  if (isCrossOriginAction(request)) {
    return NextResponse.json(
      { error: 'Cross-origin form submissions are not accepted.', code: 'FORBIDDEN' },
      {
        status: 403,
        headers: { 'Content-Security-Policy': API_CONTENT_SECURITY_POLICY, ...baselineHeaders({ hsts }) },
      },
    );
  }
  const requestId = requestIdFrom(request.headers.get('x-request-id'));
  const isApi = request.nextUrl.pathname.startsWith('/api/');
  // server.mjs renders a public page once for its in-memory cache (lib/http/public-cache.mjs) with a one-time
  // marker nonce it then replaces by script hashes; it proves itself with a per-process secret (clients'
  // copies of these headers are stripped by server.mjs). Every other request gets a fresh nonce.
  const nonce = internalRenderNonce(request) ?? createNonce();
  // Only the studio's draft preview may be framed, and only by our own pages (the editor's iframe).
  const frameSelf = !isApi && mayBeFramedBySelf(request.nextUrl.pathname);
  const csp = isApi ? API_CONTENT_SECURITY_POLICY : contentSecurityPolicy(nonce, { dev: isDev, frameSelf });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-request-id', requestId);
  requestHeaders.delete('x-tc-render-secret');
  requestHeaders.set('x-nonce', nonce);
  // Lets layouts send a signed-out visitor back to the exact page after sign-in.
  requestHeaders.set('x-pathname', request.nextUrl.pathname + request.nextUrl.search);
  // Next.js reads the nonce for its own scripts from the request's CSP header.
  requestHeaders.set('content-security-policy', csp);

  // Languages (README "Languages"): /de/certifications renders /certifications in German. The prefix is
  // the only input (never Accept-Language), so a cached page is one language; x-tc-locale is always set
  // here, overwriting a client's copy.
  const { locale, path: unprefixed } = splitLocale(request.nextUrl.pathname, localeSettings);
  requestHeaders.set('x-tc-locale', locale);
  const prefixed = locale !== localeSettings.defaultLocale;
  let response: NextResponse;
  if (prefixed) {
    const target = request.nextUrl.clone();
    // A console address under a prefix renders the catch-all's 404 (no such content page).
    target.pathname = !hasLanguageVersions(unprefixed) ? `/${locale}-no-such-page` : unprefixed;
    response = NextResponse.rewrite(target, { request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('X-Request-Id', requestId);
  for (const [key, value] of Object.entries(baselineHeaders({ hsts }))) response.headers.set(key, value);
  if (frameSelf) response.headers.set('X-Frame-Options', 'SAMEORIGIN');
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
