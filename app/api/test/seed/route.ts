// POST /api/test/seed: the e2e suite's own test data (lib/testing/e2e-seed.ts). 404 unless this is the
// e2e test server and the bearer token matches: a deployment cannot tell it from a path that never existed.
import { AppError, HTTP_STATUS, toErrorResult } from '@/lib/errors';
import { mayE2eSeed, seedE2eOrganization } from '@/lib/testing/e2e-seed';

export const dynamic = 'force-dynamic';

const notFound = () =>
  Response.json({ error: 'Not found.', code: 'NOT_FOUND' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });

export async function POST(request: Request) {
  if (!mayE2eSeed(request.headers.get('authorization'))) return notFound();
  try {
    const body: unknown = await request.json().catch(() => {
      throw new AppError('REQUEST_BODY_NOT_JSON');
    });
    return Response.json(await seedE2eOrganization(body), { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (err) {
    const result = toErrorResult(err);
    return Response.json(
      { error: result.error, code: result.code, fieldErrors: result.fieldErrors },
      { status: HTTP_STATUS[result.code], headers: { 'Cache-Control': 'no-store' } },
    );
  }
}
