import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { parseTrustedProxies, resolveClientIp } from '@/lib/http/client-ip';
import { unsubscribeFromNotices } from '@/lib/subprocessors/notices/unsubscribe';
import { ZUnsubscribeSchema } from '@/lib/validation/notices';
import { queryInput } from '@/lib/validation/input';

// RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the address in the
// List-Unsubscribe header, without cookies or a page. A GET changes nothing (link scanners) and points
// to the page with the button.
export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const url = new URL(request.url);
  const query = queryInput(url.searchParams);
  const parsed = ZUnsubscribeSchema.safeParse({ subscriber: query.subscriber, token: query.token });
  if (!parsed.success) return Response.json({ error: 'This unsubscribe link is incomplete.' }, { status: 400 });
  const h = request.headers;
  const meta = {
    requestId: h.get('x-request-id'),
    ip: resolveClientIp({
      peer: h.get('x-tc-peer-address'),
      forwardedFor: h.get('x-forwarded-for'),
      trustedProxies: parseTrustedProxies(getConfig().trustedProxies),
    }),
    userAgent: h.get('user-agent')?.slice(0, 512) ?? null,
  };
  try {
    await unsubscribeFromNotices({ meta, session: null }, parsed.data);
  } catch (err) {
    if (err instanceof AppError) return Response.json({ error: err.message }, { status: 400 });
    throw err;
  }
  return Response.json({ unsubscribed: true });
}

export function GET(request: Request) {
  const url = new URL(request.url);
  return Response.redirect(new URL(`/subprocessors/unsubscribe${url.search}`, getConfig().appUrl), 303);
}
