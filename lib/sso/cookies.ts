import 'server-only';
import { cookies } from 'next/headers';
import { cookieSettings } from '@/lib/auth/session-cookie';
import { open, seal } from '@/lib/mfa/secret-box';
import { newBrowserBinding } from '@/lib/oidc/flow-store';

// The cookies of an SSO round trip, all httpOnly, SameSite=Lax (the IdP's redirect back is a top-level
// GET, which Lax cookies accompany) and __Host- over HTTPS:
// - the browser binding of flows in progress (lib/oidc/flow-store.ts);
// - a sealed note for the page the callback lands on: the failure message for /login, or a connection
//   test's claims for /account/sso/test-result (sealed to the admin, never put in a URL).

const MAX_AGE = 10 * 60;

/** sign-in: a failure for /login; test: a connection test's result; reauth: an SSO re-authentication's outcome. */
type NoteKind = 'sign-in' | 'test' | 'reauth';

function named(base: string) {
  const { sessionToken } = cookieSettings();
  return { name: sessionToken.name.replace('tc.session', base), options: sessionToken.options };
}

export async function browserBinding(create: true): Promise<string>;
export async function browserBinding(create?: false): Promise<string | null>;
export async function browserBinding(create = false): Promise<string | null> {
  const { name, options } = named('tc.sso-flow');
  const jar = await cookies();
  const current = jar.get(name)?.value ?? null;
  if (current || !create) return current;
  const value = newBrowserBinding();
  jar.set(name, value, { ...options, maxAge: MAX_AGE });
  return value;
}

export async function leaveNote(kind: NoteKind, note: object, audience = ''): Promise<void> {
  const { name, options } = named(`tc.sso-${kind}`);
  const sealed = seal(Buffer.from(JSON.stringify(note)), `sso-note|${kind}|${audience}`);
  (await cookies()).set(name, `${sealed.keyId}.${sealed.ciphertext}`, { ...options, maxAge: 120 });
}

export async function readNote<T>(kind: NoteKind, audience = ''): Promise<T | null> {
  const raw = (await cookies()).get(named(`tc.sso-${kind}`).name)?.value;
  if (!raw) return null;
  const dot = raw.indexOf('.');
  try {
    const text = open({ keyId: raw.slice(0, dot), ciphertext: raw.slice(dot + 1) }, `sso-note|${kind}|${audience}`);
    return JSON.parse(text.toString('utf8')) as T;
  } catch {
    return null;
  }
}
