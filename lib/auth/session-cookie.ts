import { getConfig } from '@/lib/config';

/**
 * Cookie names and flags (R24). Over HTTPS (APP_URL https://…) cookies are Secure and carry the
 * __Host- prefix, which also forbids a Domain attribute; on plain-http development they cannot.
 */
export function cookieSettings() {
  const secure = getConfig().appUrl.protocol === 'https:';
  const prefix = secure ? '__Host-' : '';
  const options = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
  return {
    secure,
    sessionToken: { name: `${prefix}tc.session`, options },
    csrfToken: { name: `${prefix}tc.csrf`, options },
    callbackUrl: { name: `${prefix}tc.callback-url`, options },
  };
}
