import { afterEach, describe, expect, it } from 'vitest';
import { authOptions } from '@/lib/auth/next-auth-options';
import { cookieSettings } from '@/lib/auth/session-cookie';
import { resetConfigForTests } from '@/lib/config';

afterEach(() => {
  delete process.env.APP_URL;
  delete process.env.AUTH_SECRET;
  resetConfigForTests();
});

describe('[R24] session cookies', () => {
  it('[R24] over HTTPS: Secure, HttpOnly, SameSite=Lax and the __Host- prefix', () => {
    process.env.APP_URL = 'https://trust.example.com';
    process.env.AUTH_SECRET = 'x'.repeat(40);
    resetConfigForTests();
    const c = cookieSettings();
    expect(c.sessionToken.name).toBe('__Host-tc.session');
    expect(c.sessionToken.options).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: true });
    expect(c.csrfToken.name).toBe('__Host-tc.csrf');
    const opts = authOptions();
    expect(opts.useSecureCookies).toBe(true);
    expect(opts.cookies?.sessionToken?.name).toBe('__Host-tc.session');
  });

  it('on plain-http development the cookie cannot be Secure, but stays HttpOnly and SameSite', () => {
    process.env.APP_URL = 'http://localhost:3000';
    resetConfigForTests();
    const c = cookieSettings();
    expect(c.sessionToken.name).toBe('tc.session');
    expect(c.sessionToken.options).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: false });
  });

  it('[R18] the JWT carries the session id and nothing else', async () => {
    process.env.AUTH_SECRET = 'y'.repeat(40);
    resetConfigForTests();
    const { callbacks } = authOptions();
    const token = await callbacks!.jwt!({
      token: { name: 'Ada', email: 'ada@example.test', picture: null, sub: 'u1' },
      user: { id: 'u1', sid: 'opaque-session-token' } as never,
      account: null,
      trigger: 'signIn',
    } as never);
    expect(token).toEqual({ sid: 'opaque-session-token' });
    const session = await callbacks!.session!({
      session: { expires: '2030-01-01T00:00:00.000Z', user: {} },
      token,
    } as never);
    expect(session).toEqual({ expires: '2030-01-01T00:00:00.000Z' });
  });
});
