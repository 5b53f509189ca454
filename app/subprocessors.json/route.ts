import { registerDocument, respondAsOf } from '@/lib/subprocessors/exports';

// GET /subprocessors.json[?as_of=YYYY-MM-DD]: the register on a day, schema at /subprocessors.schema.json.
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  // No CORS header: R30 forbids a wildcard, and the register is public anyway (fetch it server-side).
  return respondAsOf(request, async (asOf) =>
    Response.json(await registerDocument(asOf), { headers: { 'Cache-Control': 'public, max-age=300' } }),
  );
}
