// Public pages are the same HTML for everyone, so the header picks "Sign in" or "Your account" in the
// browser from a non-HttpOnly hint cookie (components/layout/account-link.tsx). It holds no secret, only
// "1". server.mjs keeps it in step with the HttpOnly session cookie on every response Next writes: set
// when a response sets the session or a request carries one, cleared when the session goes. Responses
// from the public-page cache never pass through here, so they never carry a Set-Cookie.
export const SIGNED_IN_HINT_COOKIE = 'tc.signed-in';
const SESSION_NAMES = ['tc.session', '__Host-tc.session'];
const MAX_AGE = 30 * 24 * 3600;

const cookieNames = (header) =>
  new Set(
    String(header ?? '')
      .split(';')
      .map((c) => c.trim().split('=')[0]),
  );
const asList = (v) => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

function sessionChange(setCookies) {
  for (const c of setCookies) {
    const [pair, ...attrs] = c.split(';');
    const eq = pair.indexOf('=');
    if (!SESSION_NAMES.includes(pair.slice(0, eq).trim())) continue;
    const cleared =
      pair.slice(eq + 1).trim() === '' ||
      attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=.*1970/i.test(a));
    return cleared ? 'cleared' : 'set';
  }
  return null;
}

export function keepSignedInHint(req, res, { secure }) {
  const sent = cookieNames(req.headers.cookie);
  const hadSession = SESSION_NAMES.some((n) => sent.has(n));
  const hadHint = sent.has(SIGNED_IN_HINT_COOKIE);
  const writeHead = res.writeHead;
  res.writeHead = function patchedWriteHead(status, ...rest) {
    const extra = rest.find((r) => r && typeof r === 'object');
    const setCookies = [
      ...asList(res.getHeader('set-cookie')),
      ...asList(extra?.['set-cookie'] ?? extra?.['Set-Cookie']),
    ];
    const change = sessionChange(setCookies);
    const want = change ? change === 'set' : hadSession;
    if (want !== hadHint || change) {
      const flags = `Path=/; SameSite=Lax${secure ? '; Secure' : ''}`;
      const hint = want
        ? `${SIGNED_IN_HINT_COOKIE}=1; Max-Age=${MAX_AGE}; ${flags}`
        : `${SIGNED_IN_HINT_COOKIE}=; Max-Age=0; ${flags}`;
      // Headers given to writeHead win over setHeader's: add the hint where the other cookies are.
      if (extra && (extra['set-cookie'] || extra['Set-Cookie'])) {
        const name = extra['set-cookie'] ? 'set-cookie' : 'Set-Cookie';
        extra[name] = [...asList(extra[name]), hint];
      } else if (!res.headersSent) res.setHeader('set-cookie', [...asList(res.getHeader('set-cookie')), hint]);
    }
    return writeHead.call(this, status, ...rest);
  };
}
