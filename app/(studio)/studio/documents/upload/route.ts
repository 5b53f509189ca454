import { getConfig } from '@/lib/config';
import { getCtx } from '@/lib/dal';
import { saveDocument } from '@/lib/documents/save-document';
import { AppError, HTTP_STATUS, toErrorResult } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import { requestLogger } from '@/lib/request-context';
import { ZDocumentDetailsSchema } from '@/lib/validation/documents';
import { fieldErrorsFrom } from '@/lib/validation/action-input';

export const dynamic = 'force-dynamic';

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

/**
 * Studio uploads (multipart): a route handler rather than a server action so the size limit is checked
 * before the body is read and large files do not go through the action payload limit. Same-origin only:
 * the session cookie is SameSite=Lax and the Origin header must be ours (R25).
 */
export async function POST(req: Request) {
  try {
    const cfg = getConfig();
    if (req.headers.get('origin') !== cfg.appUrl.origin)
      throw new AppError('UPLOAD_CROSS_ORIGIN', { address: cfg.appUrl.origin });
    const declared = Number(req.headers.get('content-length') ?? '0');
    const slack = 64 * 1024; // multipart boundaries and the text fields
    if (declared > cfg.documents.maxUploadBytes + slack) {
      throw new AppError('VALIDATION', undefined, {
        file: [
          fieldMessage('FILE_TOO_LARGE', { limit: `${Math.round(cfg.documents.maxUploadBytes / 1024 / 1024)} MB` }),
        ],
      });
    }
    const ctx = await getCtx();
    const form = await req.formData();
    const text = (k: string) => (typeof form.get(k) === 'string' ? (form.get(k) as string) : undefined);
    const parsed = ZDocumentDetailsSchema.safeParse({
      title: text('title'),
      category: text('category'),
      description: text('description'),
      version: text('version'),
      visibility: text('visibility'),
      validFrom: text('validFrom'),
      validUntil: text('validUntil'),
    });
    if (!parsed.success) throw new AppError('VALIDATION', undefined, fieldErrorsFrom(parsed.error));
    const file = form.get('file');
    const upload =
      file instanceof File && file.size > 0
        ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
        : null;
    const doc = await saveDocument(ctx, {
      ...parsed.data,
      documentId: text('documentId') || undefined,
      slug: text('slug'),
      file: upload,
    });
    return json({ ok: true, data: doc });
  } catch (err) {
    if (!(err instanceof AppError))
      (await requestLogger()).error({ err: { message: (err as Error)?.message } }, 'document upload failed');
    const result = toErrorResult(err);
    return json(result, HTTP_STATUS[result.code]);
  }
}
