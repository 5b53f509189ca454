import { exportMyData } from '@/lib/account/export-my-data';
import { getCtx } from '@/lib/dal';
import { AppError, HTTP_STATUS, toErrorResult } from '@/lib/errors';

export const dynamic = 'force-dynamic';

/** "Download my data": JSON attachment of the signed-in user's own data. */
export async function GET() {
  try {
    const ctx = await getCtx();
    if (!ctx.session) throw new AppError('UNAUTHENTICATED');
    const { filename, json } = await exportMyData(ctx);
    return new Response(json, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (err) {
    const r = toErrorResult(err);
    return Response.json({ error: r.error, code: r.code, reason: r.reason }, { status: HTTP_STATUS[r.code] });
  }
}
