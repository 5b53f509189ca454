import { getConfig } from '@/lib/config';
import { getCtx } from '@/lib/dal';
import { AppError, HTTP_STATUS, toErrorResult } from '@/lib/errors';
import { QUESTIONNAIRE_MAX_BYTES } from '@/lib/questionnaires/file-check';
import { uploadQuestionnaire } from '@/lib/questionnaires/upload-questionnaire';
import { requestLogger } from '@/lib/request-context';

export const dynamic = 'force-dynamic';

/**
 * POST /studio/questionnaires/upload (multipart: company, file). A route handler rather than a server
 * action: server actions stop at 1 MB (lib/http/request-guard.mjs, Next's bodySizeLimit), and here the
 * declared size is checked before the body is read, so an 11 MB upload gets our message, not a framework
 * error. With JavaScript the form fetches JSON; without, the browser posts and gets a redirect: to the new
 * questionnaire, or back to the list with the reason (its message is looked up there, never echoed).
 */
export async function POST(req: Request) {
  const wantsJson = (req.headers.get('accept') ?? '').includes('application/json');
  try {
    const cfg = getConfig();
    if (req.headers.get('origin') !== cfg.appUrl.origin)
      throw new AppError('UPLOAD_CROSS_ORIGIN', { address: cfg.appUrl.origin });
    const declared = Number(req.headers.get('content-length') ?? '0');
    if (declared > QUESTIONNAIRE_MAX_BYTES + 64 * 1024)
      throw new AppError('QUESTIONNAIRE_FILE_TOO_LARGE', { limit: `${QUESTIONNAIRE_MAX_BYTES / 1024 / 1024} MB` });
    const ctx = await getCtx();
    if (!ctx.session) throw new AppError('UNAUTHENTICATED');
    let form: FormData;
    try {
      form = await req.formData();
    } catch {
      throw new AppError('FORM_UNREADABLE');
    }
    const company = form.get('company');
    const file = form.get('file');
    const { id } = await uploadQuestionnaire(ctx, {
      company: typeof company === 'string' ? company : '',
      file:
        file instanceof File && file.size > 0
          ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
          : null,
    });
    if (wantsJson) return Response.json({ ok: true, data: { id } }, { headers: { 'cache-control': 'no-store' } });
    return Response.redirect(new URL(`/studio/questionnaires/${id}`, getConfig().appUrl), 303);
  } catch (err) {
    if (!(err instanceof AppError))
      (await requestLogger()).error({ err: { message: (err as Error)?.message } }, 'questionnaire upload failed');
    const result = toErrorResult(err);
    if (wantsJson)
      return Response.json(result, { status: HTTP_STATUS[result.code], headers: { 'cache-control': 'no-store' } });
    const back = new URL('/studio/questionnaires', getConfig().appUrl);
    back.searchParams.set('refused', result.reason ?? result.code);
    return Response.redirect(back, 303);
  }
}
