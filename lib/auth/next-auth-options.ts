import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getAuthSecret, getConfig } from '@/lib/config';
import { cookieSettings } from './session-cookie';
import { redeemSignInTicket } from './sign-in-ticket';

/**
 * next-auth's part is small on purpose: its Credentials provider redeems a single-use ticket issued by
 * our own password / second-factor steps, and its JWT cookie carries only the server-side session id.
 * Built lazily so `next build` reads no secret.
 */
export function authOptions(): NextAuthOptions {
  const cookies = cookieSettings();
  // next-auth v4 reads its base URL from the environment; ours comes from APP_URL.
  process.env.NEXTAUTH_URL ??= getConfig().appUrl.origin;
  return {
    secret: getAuthSecret(),
    useSecureCookies: cookies.secure,
    session: { strategy: 'jwt', maxAge: getConfig().session.absoluteHours * 3600 },
    cookies: { sessionToken: cookies.sessionToken, csrfToken: cookies.csrfToken, callbackUrl: cookies.callbackUrl },
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        id: 'ticket',
        name: 'Sign-in ticket',
        credentials: { ticket: { type: 'text' } },
        async authorize(credentials) {
          const redeemed = await redeemSignInTicket(credentials?.ticket ?? '');
          return redeemed ? { id: redeemed.userId, sid: redeemed.sessionToken } : null;
        },
      }),
    ],
    callbacks: {
      // Only the session id goes into the token: no name, email or picture (R18).
      async jwt({ token, user }) {
        if (user && 'sid' in user) return { sid: (user as { sid: string }).sid };
        return token;
      },
      // Nothing about the session is exposed to client JavaScript through /api/auth/session.
      async session({ session }) {
        return { expires: session.expires };
      },
    },
  };
}
