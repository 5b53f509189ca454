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
