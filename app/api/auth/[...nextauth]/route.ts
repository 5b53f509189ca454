import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/next-auth-options';

type RouteCtx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: RouteCtx) {
  // next-auth v4 reads params synchronously; Next 16 passes them as a promise.
  return NextAuth(req as never, { params: await ctx.params } as never, authOptions());
}

export { handler as GET, handler as POST };
