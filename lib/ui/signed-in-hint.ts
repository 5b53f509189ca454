/** Set by server.mjs next to the HttpOnly session cookie (lib/http/signed-in-hint.mjs); only says which header link to show. */
export const SIGNED_IN_HINT_COOKIE = 'tc.signed-in';

/** Matches document.cookie when the hint is set (source text: the inline head script embeds it). */
export const SIGNED_IN_HINT_PATTERN = `(?:^|; )${SIGNED_IN_HINT_COOKIE.replace('.', '\\.')}=1(?:;|$)`;
