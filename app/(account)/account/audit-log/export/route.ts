import { exportAuditEvents } from '@/lib/audit/export-audit-events';
import { getCtx } from '@/lib/dal';
import { AppError, HTTP_STATUS, toErrorResult } from '@/lib/errors';
import { ZAuditExportSchema } from '@/lib/validation/audit';
import { queryInput } from '@/lib/validation/input';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    // Every parameter is checked here, before the first byte: once streaming, an error can only cut the file.
    const params = queryInput(new URL(request.url).searchParams);
    const parsed = ZAuditExportSchema.safeParse(params);
    if (!parsed.success) {
      return Response.json(
        { error: parsed.error.issues.map((i) => i.message).join(' '), code: 'VALIDATION' },
        { status: 400 },
      );
    }
    const ctx = await getCtx();
    if (!ctx.session) throw new AppError('UNAUTHENTICATED');
    const result = await exportAuditEvents(ctx, parsed.data);
    return new Response(result.body, {
      headers: {
        'Content-Type': result.contentType,
        'Content-Disposition': `attachment; filename="${result.filename}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (err) {
    const r = toErrorResult(err);
    return Response.json({ error: r.error, code: r.code, reason: r.reason }, { status: HTTP_STATUS[r.code] });
  }
}
