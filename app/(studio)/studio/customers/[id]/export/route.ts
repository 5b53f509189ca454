import { exportCustomer, ZExportCustomerSchema } from '@/lib/customers/export-customer';
import { getCtx } from '@/lib/dal';
import { AppError, HTTP_STATUS, toErrorResult } from '@/lib/errors';
import { getConsoleTranslator } from '@/lib/i18n/console';

export const dynamic = 'force-dynamic';

/** GET /studio/customers/<id>/export?part=data|audit — the full export offered before deletion. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const parsed = ZExportCustomerSchema.safeParse({
      customerId: (await params).id,
      part: new URL(request.url).searchParams.get('part'),
    });
    if (!parsed.success) {
      const notFound = parsed.error.issues.some((i) => i.path[0] === 'customerId');
      return Response.json(
        {
          error: notFound
            ? (await getConsoleTranslator('studio.customers'))('exportNotFound')
            : parsed.error.issues.map((i) => i.message).join(' '),
          code: notFound ? 'NOT_FOUND' : 'VALIDATION',
        },
        { status: notFound ? 404 : 400 },
      );
    }
    const ctx = await getCtx();
    if (!ctx.session) throw new AppError('UNAUTHENTICATED');
    const result = await exportCustomer(ctx, parsed.data);
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
