import { AppError } from '@/lib/errors';
import { apiError } from '@/lib/api/with-api-key';
import { parseAsOf, registerDocument } from '@/lib/subprocessors/exports';

// GET /subprocessors.json[?as_of=YYYY-MM-DD]: the register on a day, schema at /subprocessors.schema.json.
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  let asOf: string;
  try {
    asOf = parseAsOf(new URL(request.url).searchParams.get('as_of'));
  } catch (err) {
    if (err instanceof AppError) return apiError(err.code, err.message);
    throw err;
  }
  // No CORS header: R30 forbids a wildcard, and the register is public anyway (fetch it server-side).
  return Response.json(await registerDocument(asOf), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
