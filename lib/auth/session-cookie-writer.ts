import 'server-only';
import { cookies } from 'next/headers';
import { encode } from 'next-auth/jwt';
import { getAuthSecret, getConfig } from '@/lib/config';
import { cookieSettings } from './session-cookie';

/** Writes the next-auth session cookie for a rotated session token (same format next-auth writes). */
export async function setSessionCookie(sessionToken: string): Promise<void> {
  const { sessionToken: cookie } = cookieSettings();
  const maxAge = getConfig().session.absoluteHours * 3600;
  const value = await encode({ token: { sid: sessionToken }, secret: getAuthSecret(), maxAge });
  (await cookies()).set(cookie.name, value, { ...cookie.options, maxAge });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(cookieSettings().sessionToken.name);
}
