import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { decode } from 'next-auth/jwt';
import { z } from 'zod';
import type { Permission } from '@/lib/access/permissions';
import { assertCan, assertNotReadOnlySupportSession, assertSignedIn } from '@/lib/access/can';
import { cookieSettings } from '@/lib/auth/session-cookie';
import { loadSessionContext } from '@/lib/auth/session-context';
import { getAuthSecret } from '@/lib/config';
import type { Ctx, SessionContext } from '@/lib/context';
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { AppError, toErrorResult, type ActionResult } from '@/lib/errors';
import { formInput } from '@/lib/validation/input';
import { getRequestMeta, requestLogger } from '@/lib/request-context';
import { actorOf } from '@/lib/auth/actor';
import { enforceIpAccess, isIpAccessRefusal } from '@/lib/ip-access/enforce';
import { suspensionOfSessionToken } from '@/lib/customers/suspension';

/** The session token inside next-auth's encrypted JWT cookie, if any. */
export async function sessionTokenFromCookie(): Promise<string | null> {
  const raw = (await cookies()).get(cookieSettings().sessionToken.name)?.value;
  if (!raw) return null;
  try {
    const jwt = await decode({ token: raw, secret: getAuthSecret() });
    return typeof jwt?.sid === 'string' ? jwt.sid : null;
  } catch {
    return null;
  }
}

/** The signed-in user for this request, checked against the database on every request (R19, R20). */
export const verifySession = cache(async (): Promise<SessionContext | null> => {
  const token = await sessionTokenFromCookie();
  return token ? loadSessionContext(token) : null;
});

export const getCtx = cache(async (): Promise<Ctx> => {
  const ctx: Ctx = { meta: await getRequestMeta(), session: await verifySession() };
  // IP access (panel list): every page, layout and action acting for an organization checks the address
  // of this very request, so a session carried to a new address is stopped there. Throws
  // IpAccessRefusedError (FORBIDDEN); the version read with the session keeps this free of queries.
  const organization = ctx.session?.organization;
  if (organization) {
    await enforceIpAccess({ scope: 'panel', organization, actor: actorOf(ctx), meta: ctx.meta, path: (await headers()).get('x-pathname') });
  }
  return ctx;
});

/** For app/forbidden.tsx: the panel IP refusal behind this request's 403, if that is what it was. */
export const panelAccessRefusal = cache(async (): Promise<{ ip: string | null; organizationId: string; organizationName: string } | null> => {
  try {
    await getCtx();
    return null;
  } catch (err) {
    return isIpAccessRefusal(err) ? { ip: err.ip, organizationId: err.organization.id, organizationName: err.organization.name } : null;
  }
});

/** For pages: the signed-in context, or a redirect to sign-in that comes back here afterwards. */
export async function requireSession(
  fallbackReturnTo = '/account',
  opts: { allowPendingEnrolment?: boolean } = {},
): Promise<Ctx & { session: SessionContext }> {
  let ctx: Ctx;
  try {
    ctx = await getCtx();
  } catch (err) {
    // An address outside the organization's panel list: the 403 page says why (app/forbidden.tsx).
    if (isIpAccessRefusal(err)) forbidden();
    throw err;
  }
  if (!ctx.session) {
    // Ended because the organization was suspended or scheduled for deletion: say so, not "sign in".
    const token = await sessionTokenFromCookie();
    if (token && (await suspensionOfSessionToken(token))) redirect('/suspended');
    const here = safeReturnPath((await headers()).get('x-pathname'), fallbackReturnTo);
    redirect(`/login?next=${encodeURIComponent(here)}`);
  }
  // The organization requires two-factor authentication and the grace period is over: enrol first.
  if (ctx.session.mfaEnrolmentRequired && !opts.allowPendingEnrolment) {
    const here = safeReturnPath((await headers()).get('x-pathname'), fallbackReturnTo);
    redirect(`/two-factor/setup?next=${encodeURIComponent(here)}`);
  }
  return ctx as Ctx & { session: SessionContext };
}

/** For pages: the 403 page (status 403, refusal audited) when the permission is missing. */
export async function requirePermission(permission: Permission) {
  const ctx = await requireSession();
  try {
    await assertCan(ctx, permission);
  } catch {
    forbidden();
  }
  return ctx;
}

type Tier = 'public' | 'signed-in' | Permission;

/**
 * The one way to build a server action: parse input with zod, build the context, check the tier, call
 * one domain function, and turn every error into a typed result. Actions are reachable by a direct POST,
 * so the checks here are real, not cosmetic; domain functions check permissions again themselves.
 */
export function createAction<S extends z.ZodType, T>(opts: {
  tier: Tier;
  schema: S;
  handler: (ctx: Ctx, input: z.output<S>) => Promise<T>;
  /** A read-only support session may run this signed-in action (e.g. leaving the support session). */
  allowInReadOnlySupportSession?: boolean;
  /** Text fields whose schema refuses control characters itself (see FormInputOptions.raw). */
  rawFields?: readonly string[];
}) {
  return async (_prev: unknown, input: FormData | z.input<S>): Promise<ActionResult<T>> => {
    try {
      // The one input layer: cleaned text, and a body that is not a form is a VALIDATION error (issue 21).
      const parsed = opts.schema.safeParse(formInput(input, { raw: opts.rawFields }));
      if (!parsed.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) {
          const key = issue.path.join('.') || '_';
          (fieldErrors[key] ??= []).push(issue.message);
        }
        throw new AppError('VALIDATION', undefined, fieldErrors);
      }
      const ctx = await getCtx();
      if (opts.tier === 'signed-in') {
        assertSignedIn(ctx);
        // Permission-tier actions are limited by can(); this covers the signed-in ones (R25).
        if (!opts.allowInReadOnlySupportSession) await assertNotReadOnlySupportSession(ctx);
      } else if (opts.tier !== 'public') await assertCan(ctx, opts.tier);
      return { ok: true, data: await opts.handler(ctx, parsed.data) };
    } catch (err) {
      // redirect() and notFound() work by throwing; let Next handle them.
      if (err && typeof err === 'object' && 'digest' in err && typeof err.digest === 'string' && /^NEXT_/.test(err.digest)) throw err;
      if (!(err instanceof AppError)) (await requestLogger()).error({ err: { message: (err as Error)?.message, stack: (err as Error)?.stack } }, 'action failed');
      return toErrorResult(err);
    }
  };
}
