import { getConfig } from '@/lib/config';
import { downloadGatedDocument } from '@/lib/documents/download-document';
import { anonymousRequestCtx } from '../request-ctx';
import { queryInput } from '@/lib/validation/input';

export const dynamic = 'force-dynamic';

/**
 * A gated file by signed link (never a direct file URL): checked and watermarked on every request. A
 * refused link redirects to a page that says why (revoked, expired, link too old).
 */
export async function GET(req: Request) {
  // The token rides in the query string, which the access log leaves out (R28).
  const token = queryInput(new URL(req.url).searchParams).t ?? '';
  const result = await downloadGatedDocument(await anonymousRequestCtx(), { token });
  if (!result.ok) {
    return Response.redirect(new URL(`/documents/access-ended?reason=${result.reason}`, getConfig().appUrl), 303);
  }
  return new Response(Buffer.from(result.bytes), {
    headers: {
      'content-type': result.contentType,
      'content-disposition': `attachment; filename="${result.fileName}"`,
      'content-length': String(result.bytes.length),
      'cache-control': 'private, no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    },
  });
}
