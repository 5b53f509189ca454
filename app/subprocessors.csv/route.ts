import { registerCsv, respondAsOf } from '@/lib/subprocessors/exports';

// GET /subprocessors.csv[?as_of=YYYY-MM-DD]: the same columns as the JSON, RFC 4180, formula-safe cells.
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return respondAsOf(
    request,
    async (asOf) =>
      new Response(await registerCsv(asOf), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8; header=present',
          'Content-Disposition': `attachment; filename="subprocessors-${asOf}.csv"`,
          'Cache-Control': 'public, max-age=300',
        },
      }),
  );
}
