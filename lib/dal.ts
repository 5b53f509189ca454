import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { decode } from 'next-auth/jwt';
import { z } from 'zod';
import type { Permission } from '@/lib/access/permissions';
import { assertCan, assertNotReadOnlySupportSession, assertSignedIn, can } from '@/lib/access/can';
import { authorize } from '@/lib/access/authorize';
import { cookieSettings } from '@/lib/auth/session-cookie';
import { loadSessionContext } from '@/lib/auth/session-context';
import { getAuthSecret } from '@/lib/config';
import type { Ctx, SessionContext } from '@/lib/context';
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { AppError, type AppErrorArgs, type ErrorReason, toErrorResult } from '@/lib/errors';
import { formInput } from '@/lib/validation/input';
import {
  arrayFieldsOf,
  fieldErrorsFrom,
  valuesOf,
  type ActionResultWithValues,
  type FormValues,
  type ReturnableField,
} from '@/lib/validation/action-input';
import { consume, consumeDistinct, minutesText, type LimitName } from '@/lib/security/rate-limit';
import { getRequestMeta, requestLogger } from '@/lib/request-context';
import { actorOf } from '@/lib/auth/actor';
import { enforceIpAccess, isIpAccessRefusal } from '@/lib/ip-access/enforce';
import { suspensionOfSessionToken } from '@/lib/customers/suspension';
import { localizeFailure } from '@/lib/i18n/errors';
import { getRequestLocale } from '@/lib/i18n/request-locale';

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
    await enforceIpAccess({
      scope: 'panel',
      organization,
      actor: actorOf(ctx),
      meta: ctx.meta,
      path: (await headers()).get('x-pathname'),
    });
  }
  return ctx;
});

/** For app/forbidden.tsx: the panel IP refusal behind this request's 403, if that is what it was. */
export const panelAccessRefusal = cache(
  async (): Promise<{ ip: string | null; organizationId: string; organizationName: string } | null> => {
    try {
      await getCtx();
      return null;
    } catch (err) {
      return isIpAccessRefusal(err)
        ? { ip: err.ip, organizationId: err.organization.id, organizationName: err.organization.name }
        : null;
    }
  },
);

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

/**
 * For the studio's layout: content staff (content:edit) and customer managers (customers:manage) of the
 * vendor. Anyone else gets the 403 page through authorize(), which records the refusal (R25, R27): a missing
 * permission, or a customer organization whose custom role holds one of them (the studio edits the
 * vendor's own trust center; its use-cases refuse such a session too, with a 404).
 */
export async function requireStudioAccess() {
  const ctx = await requireSession('/studio');
  const permission: Permission =
    can(ctx, 'customers:manage') && !can(ctx, 'content:edit') ? 'customers:manage' : 'content:edit';
  try {
    return await authorize(ctx, permission, { vendorOnly: 'the studio' });
  } catch (err) {
    if (err instanceof AppError && err.code !== 'REAUTH_REQUIRED') forbidden();
    throw err;
  }
}

type Tier = 'public' | 'signed-in' | Permission;

/** A limit the action itself counts (one attempt per call), for actions whose use-case does not own one. */
export interface ActionRateLimit<I> {
  policy: LimitName;
  /** Whose attempts: the client address, the signed-in user, or a key of the action's own. */
  by: 'ip' | 'user' | ((ctx: Ctx, input: I) => string);
  /** What the user reads when limited: a reason whose message ends "in {wait}". */
  reason?: 'ACTION_RATE_LIMITED';
  /** Counts one attempt per distinct value of this (see consumeDistinct): a repeat within the window is free. */
  distinct?: (input: I) => string;
}

async function enforceRateLimit<I>(limit: ActionRateLimit<I>, ctx: Ctx, input: I): Promise<void> {
  const key =
    limit.by === 'ip'
      ? (ctx.meta.ip ?? 'unknown')
      : limit.by === 'user'
        ? (ctx.session?.user.id ?? ctx.meta.ip ?? 'unknown')
        : limit.by(ctx, input);
  const state = limit.distinct
    ? await consumeDistinct(limit.policy, key, limit.distinct(input))
    : await consume(limit.policy, key);
  if (!state.limited) return;
  throw new AppError(limit.reason ?? 'ACTION_RATE_LIMITED', { wait: minutesText(state.retryAfterSeconds) }, undefined, {
    retryAfterSeconds: state.retryAfterSeconds,
  });
}

/**
 * The one way to build a server action: parse input with zod, build the context, check the tier, call
 * one domain function, and turn every error into a typed result. Actions are reachable by a direct POST,
 * so the checks here are real, not cosmetic; domain functions check permissions again themselves.
 * A form's repeated key is every value for the fields the schema declares as arrays, the last otherwise.
 */
export function createAction<
  S extends z.ZodType,
  T,
  K extends ReturnableField<z.input<S>> = never,
  F extends true | ErrorReason | undefined = undefined,
>(opts: {
  tier: Tier;
  schema: S;
  handler: (ctx: Ctx, input: z.output<S>) => Promise<T>;
  /** A read-only support session may run this signed-in action (e.g. leaving the support session). */
  allowInReadOnlySupportSession?: boolean;
  /** Text fields whose schema refuses control characters itself (see FormInputOptions.raw). */
  rawFields?: readonly string[];
  /** Fields handed back on failure (`values`), so a page rendered without JavaScript keeps what was typed. Never secrets. */
  returnValues?: readonly K[];
  /** Only a form post is accepted (forms that carry a password or a token); the reason's message says what to do. */
  formOnly?: F;
  /** Counted before the handler runs, for an action whose use-case does not limit itself. */
  rateLimit?: ActionRateLimit<z.output<S>>;
  /**
   * Runs for a session whose address the panel IP list refuses (signing out from the refusal page): it only
   * takes access away. Every other action is refused there, as getCtx decides. Public tier only.
   */
  runsFromRefusedAddress?: boolean;
}) {
  type Result = ActionResultWithValues<T, FormValues<z.input<S>, K>>;
  // Skipping the panel check is only for an action that takes access away, never for one that needs a permission.
  if (opts.runsFromRefusedAddress && opts.tier !== 'public')
    throw new Error('runsFromRefusedAddress is for public-tier actions only');
  const lists = arrayFieldsOf(opts.schema);
  // A form-only action takes anything (a direct POST may send anything) and refuses all but FormData.
  type Input = undefined extends F ? FormData | z.input<S> : unknown;
  return async (_prev: unknown, input: Input): Promise<Result> => {
    let fields: Record<string, unknown> | undefined;
    try {
      if (opts.formOnly && !(input instanceof FormData))
        // A form-only reason takes no params (the declaration names one such reason).
        throw new AppError(...([opts.formOnly === true ? 'FORM_UNREADABLE' : opts.formOnly] as AppErrorArgs));
      // The one input layer: cleaned text, and a body that is not a form is a VALIDATION error (issue 21).
      fields = formInput(input, { raw: opts.rawFields, lists });
      const parsed = opts.schema.safeParse(fields);
      if (!parsed.success) throw new AppError('VALIDATION', undefined, fieldErrorsFrom(parsed.error));
      // Signing out from a refused address runs on the session alone: no panel check (and no refusal audited again).
      const ctx: Ctx = opts.runsFromRefusedAddress
        ? { meta: await getRequestMeta(), session: await verifySession() }
        : await getCtx();
      if (opts.tier === 'signed-in') {
        assertSignedIn(ctx);
        // Permission-tier actions are limited by can(); this covers the signed-in ones (R25).
        if (!opts.allowInReadOnlySupportSession) await assertNotReadOnlySupportSession(ctx);
      } else if (opts.tier !== 'public') await assertCan(ctx, opts.tier);
      if (opts.rateLimit) await enforceRateLimit(opts.rateLimit, ctx, parsed.data);
      // (A handler that always redirects has no success type: the cast keeps that out of the result's type.)
      return { ok: true, data: await opts.handler(ctx, parsed.data) } as Result;
    } catch (err) {
      // redirect() and notFound() work by throwing; let Next handle them.
      if (
        err &&
        typeof err === 'object' &&
        'digest' in err &&
        typeof err.digest === 'string' &&
        /^NEXT_/.test(err.digest)
      )
        throw err;
      if (!(err instanceof AppError))
        (await requestLogger()).error(
          { err: { message: (err as Error)?.message, stack: (err as Error)?.stack } },
          'action failed',
        );
      // In the language of the page that sent the form (its /de/… address); English when there is none.
      const locale = await getRequestLocale().catch(() => 'en');
      const failure = localizeFailure(toErrorResult(err), err, locale);
      if (!opts.returnValues?.length || !fields) return failure;
      return { ...failure, values: valuesOf(fields, opts.returnValues) as FormValues<z.input<S>, K> };
    }
  };
}
