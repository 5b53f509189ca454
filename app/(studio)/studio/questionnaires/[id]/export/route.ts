import { getCtx } from '@/lib/dal';
import { AppError, HTTP_STATUS, toErrorResult } from '@/lib/errors';
import { exportQuestionnaire } from '@/lib/questionnaires/export-questionnaire';
import { isUuid } from '@/lib/validation/input';

export const dynamic = 'force-dynamic';

const attachmentName = (name: string) =>
  `attachment; filename="${name.replace(/[^A-Za-z0-9._ -]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** GET /studio/questionnaires/<id>/export?format=xlsx|csv — the answered file; every download is audited. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const ctx = await getCtx();
    if (!ctx.session) throw new AppError('UNAUTHENTICATED');
    const format = new URL(request.url).searchParams.get('format') === 'csv' ? 'csv' : 'xlsx';
    const id = (await params).id;
    if (!isUuid(id)) throw new AppError('NOT_FOUND');
    const out = await exportQuestionnaire(ctx, { questionnaireId: id, format });
    return new Response(Buffer.from(out.bytes), {
      headers: {
        'Content-Type': out.contentType,
        'Content-Disposition': attachmentName(out.fileName),
        'Cache-Control': 'no-store',
      },
    });
  } catch (err) {
    const r = toErrorResult(err);
    return Response.json({ error: r.error, code: r.code, reason: r.reason }, { status: HTTP_STATUS[r.code] });
  }
}
