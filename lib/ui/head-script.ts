import { THEME_COOKIE, THEMES } from './theme';
import { SIGNED_IN_HINT_PATTERN } from './signed-in-hint';

// The page's HTML is the same for every visitor (public pages are cached, lib/http/public-cache.mjs), so what
// differs per visitor is applied in the browser before the first paint by this tiny inline script: the theme
// from its cookie, and `data-signed-in` from the signed-in hint, which picks the header's "Sign in" or "Your
// account" link in CSS (components/layout/account-link.tsx). It is allowed by its sha256 hash in the CSP of
// cached pages and by the nonce on every other page.
export const HEAD_SCRIPT = `(function(){try{var c=document.cookie,r=document.documentElement,m=c.match(/(?:^|; )${THEME_COOKIE}=([a-z]+)/),t=m&&m[1];if(${JSON.stringify(
  THEMES,
)}.indexOf(t)>0)r.dataset.theme=t;if(/${SIGNED_IN_HINT_PATTERN}/.test(c))r.dataset.signedIn=''}catch(e){}})()`;
