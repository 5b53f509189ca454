import { getConfig } from '@/lib/config';

/**
 * The viewer session cookie (mirrors lib/auth/session-cookie.ts, R24): HttpOnly, SameSite=Lax, Secure
 * and __Host- prefixed over HTTPS. It is the only cookie a prospect gets; it holds a random token whose
 * hash is stored, scoped to the grant's documents and period.
 */
export function viewerCookie() {
  const secure = getConfig().appUrl.protocol === 'https:';
  return {
    name: `${secure ? '__Host-' : ''}tc.viewer`,
    options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure },
  };
}

/**
 * Binds a viewer's sign-in with Google, Microsoft or a customer's provider to the browser that started it
 * (lib/oidc/flow-store.ts): HttpOnly, Lax (the provider's redirect back is a top-level GET), 10 minutes.
 */
export function viewerFlowCookie() {
  const secure = getConfig().appUrl.protocol === 'https:';
  return {
    name: `${secure ? '__Host-' : ''}tc.viewer-flow`,
    options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure, maxAge: 10 * 60 },
  };
}
