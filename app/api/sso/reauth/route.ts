import { NextResponse, type NextRequest } from 'next/server';
import { getCtx } from '@/lib/dal';
import { AppError } from '@/lib/errors';
import { browserBinding, leaveNote } from '@/lib/sso/cookies';
import { startSsoReauth } from '@/lib/sso/reauthenticate-with-sso';

// "Confirm through your identity provider" (opened in a popup by the sudo dialog): a fresh sign-in at the
// IdP whose answer re-authenticates this session (lib/sso/reauthenticate-with-sso.ts).
export async function GET(request: NextRequest) {
  const ctx = await getCtx();
  try {
    const { url } = await startSsoReauth(ctx, { browserBinding: await browserBinding(true) });
    return NextResponse.redirect(url, 303);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.code === 'UNAUTHENTICATED') return NextResponse.redirect(new URL('/login', request.nextUrl), 303);
    await leaveNote('reauth', { error: err.message }, ctx.session?.sessionId ?? '');
    return NextResponse.redirect(new URL('/account/sso/confirmed?failed=1', request.nextUrl), 303);
  }
}
