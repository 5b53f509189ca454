import { noticesJsonFeed } from '@/lib/subprocessors/notices/feeds';
import { getRequestLocale } from '@/lib/i18n/request-locale';

// GET /subprocessors/notices.json: the change notices as a JSON Feed 1.1.
export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(await noticesJsonFeed(await getRequestLocale()), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}
