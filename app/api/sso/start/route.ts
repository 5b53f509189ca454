import { NextResponse, type NextRequest } from 'next/server';
import { getCtx } from '@/lib/dal';
import { AppError } from '@/lib/errors';
import { browserBinding, leaveNote } from '@/lib/sso/cookies';
import { startSsoSignIn } from '@/lib/sso/sign-in';
import { ZEmailSchema } from '@/lib/validation/sso';

// "Continue with <Org> SSO": saves the flow and sends the browser to the organization's IdP. A failure
// (IdP down, slow, misconfigured) comes back to the sign-in page with its message.
export async function GET(request: NextRequest) {
  const base = new URL('/login', request.nextUrl);
  const email = ZEmailSchema.safeParse(request.nextUrl.searchParams.get('email'));
  if (!email.success) return NextResponse.redirect(base, 303);
  const next = request.nextUrl.searchParams.get('next');
  try {
    const ctx = await getCtx();
    const { url } = await startSsoSignIn(ctx, { email: email.data, next, browserBinding: await browserBinding(true) });
    return NextResponse.redirect(url, 303);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    await leaveNote('sign-in', { message: err.message, reason: err.reason, params: err.params, email: email.data });
    base.searchParams.set('sso', 'failed');
    return NextResponse.redirect(base, 303);
  }
}
