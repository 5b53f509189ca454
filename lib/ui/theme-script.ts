import { THEME_COOKIE, THEMES } from './theme';

// The page's HTML is the same for every visitor (public pages are cached, lib/http/public-cache.mjs), so the
// visitor's theme cookie is applied in the browser before the first paint by this tiny inline script. It is
// allowed by its sha256 hash in the CSP of cached pages and by the nonce on every other page.
export const THEME_SCRIPT = `(function(){try{var m=document.cookie.match(/(?:^|; )${THEME_COOKIE}=([a-z]+)/);var t=m&&m[1];if(${JSON.stringify(
  THEMES,
)}.indexOf(t)>0)document.documentElement.dataset.theme=t}catch(e){}})()`;
