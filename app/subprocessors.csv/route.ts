import { AppError } from '@/lib/errors';
import { apiError } from '@/lib/api/with-api-key';
import { parseAsOf, registerCsv } from '@/lib/subprocessors/exports';

// GET /subprocessors.csv[?as_of=YYYY-MM-DD]: the same columns as the JSON, RFC 4180, formula-safe cells.
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  let asOf: string;
  try {
    asOf = parseAsOf(new URL(request.url).searchParams.get('as_of'));
  } catch (err) {
    if (err instanceof AppError) return apiError(err.code, err.message);
    throw err;
  }
  return new Response(await registerCsv(asOf), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="subprocessors-${asOf}.csv"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
}
