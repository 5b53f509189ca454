import { NextResponse, type NextRequest } from 'next/server';
import { getCtx } from '@/lib/dal';
import { AppError } from '@/lib/errors';
import { browserBinding, leaveNote } from '@/lib/sso/cookies';
import { startSsoTest } from '@/lib/sso/sign-in';

// "Test connection" (opened in a popup by /account/sso): a full sign-in at the IdP whose claims are only
// shown. Needs sso:manage, checked by the use-case.
export async function GET(request: NextRequest) {
  const ctx = await getCtx();
  const result = new URL('/account/sso/test-result', request.nextUrl);
  try {
    const { url } = await startSsoTest(ctx, { browserBinding: await browserBinding(true) });
    return NextResponse.redirect(url, 303);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.code === 'UNAUTHENTICATED') return NextResponse.redirect(new URL('/login', request.nextUrl), 303);
    await leaveNote('test', { error: err.message }, ctx.session?.user.id ?? '');
    return NextResponse.redirect(result, 303);
  }
}
