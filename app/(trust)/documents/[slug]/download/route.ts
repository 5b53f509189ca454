import { downloadPublicDocument } from '@/lib/documents/download-public-document';
import { anonymousRequestCtx } from '../../request-ctx';
import { pathParam } from '@/lib/validation/input';

export const dynamic = 'force-dynamic';

/** A public document's current file, exactly as uploaded (its SHA-256 is on the document page). */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const file = await downloadPublicDocument(await anonymousRequestCtx(), { slug: pathParam((await params).slug) });
  if (!file) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'content-length': String(file.bytes.length),
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=300',
      digest: `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`,
    },
  });
}
