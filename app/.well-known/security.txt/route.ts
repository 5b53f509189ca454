import { getConfig } from '@/lib/config';
import { securityTxt } from '@/lib/content/security-txt';

export const dynamic = 'force-dynamic';

const started = Date.now();

/** /.well-known/security.txt (RFC 9116), from configuration. */
export function GET() {
  return new Response(securityTxt(getConfig(), started), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
}
