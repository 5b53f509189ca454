import { noticesAtom } from '@/lib/subprocessors/notices/feeds';
import { getRequestLocale } from '@/lib/i18n/request-locale';

// GET /subprocessors/notices.atom: the change notices as an Atom feed.
export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(await noticesAtom(await getRequestLocale()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}
