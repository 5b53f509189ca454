import { registerJsonSchema } from '@/lib/subprocessors/exports';

// GET /subprocessors.schema.json: the JSON Schema of /subprocessors.json.
export const dynamic = 'force-dynamic';

export function GET() {
  return new Response(JSON.stringify(registerJsonSchema(), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
}
