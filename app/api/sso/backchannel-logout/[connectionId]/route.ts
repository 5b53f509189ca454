import { NextResponse, type NextRequest } from 'next/server';
import { AppError, HTTP_STATUS } from '@/lib/errors';
import { getRequestMeta } from '@/lib/request-context';
import { handleBackchannelLogout } from '@/lib/sso/backchannel-logout';

// OIDC Back-Channel Logout 1.0 receiver: the IdP POSTs a logout_token (form-encoded) server to server.
// 200 when sessions were ended (or none were left); 400 for a token we refuse (section 2.8).
export async function POST(request: NextRequest, { params }: { params: Promise<{ connectionId: string }> }) {
  const { connectionId } = await params;
  let logoutToken: string | null = null;
  try {
    const form = await request.formData();
    const value = form.get('logout_token');
    logoutToken = typeof value === 'string' ? value : null;
  } catch {
    logoutToken = null;
  }
  const headers = { 'cache-control': 'no-store' };
  try {
    await handleBackchannelLogout({ meta: await getRequestMeta(), session: null }, { connectionId, logoutToken });
    return new NextResponse(null, { status: 200, headers });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const status = err.code === 'NOT_FOUND' ? 404 : err.code === 'UNAVAILABLE' ? 503 : 400;
    void HTTP_STATUS;
    return NextResponse.json({ error: 'invalid_request', error_description: err.message }, { status, headers });
  }
}
