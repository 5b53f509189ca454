import {
  RateLimiterMemory,
  RateLimiterPrisma,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { Redis } from 'ioredis';
import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';

// Shared limits: in the database by default (works for one instance and for several on PostgreSQL),
// in Redis when REDIS_URL is set. Every window expires by itself, so nobody is locked out for good (R10).

export interface LimitPolicy {
  /** Attempts allowed in the window. */
  points: number;
  /** Window length in seconds. */
  duration: number;
  /** How long the key stays blocked once the window is exhausted, in seconds. */
  blockDuration: number;
}

export const POLICIES = {
  signInPerAccount: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  signInPerIp: { points: 30, duration: 15 * 60, blockDuration: 15 * 60 },
  passwordResetPerAccount: { points: 3, duration: 60 * 60, blockDuration: 60 * 60 },
  passwordResetPerIp: { points: 10, duration: 60 * 60, blockDuration: 60 * 60 },
  resetTokenPerIp: { points: 10, duration: 15 * 60, blockDuration: 15 * 60 },
  reauthPerSession: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  // Public abuse-report form: a few reports an hour per address is plenty for a person.
  abuseReportPerIp: { points: 5, duration: 60 * 60, blockDuration: 60 * 60 },
  // Invitation links (R9): accepting, per address; sending and resending, per inviting user.
  invitationAcceptPerIp: { points: 10, duration: 15 * 60, blockDuration: 15 * 60 },
  invitationSendPerUser: { points: 50, duration: 60 * 60, blockDuration: 60 * 60 },
  // Second step of sign-in (authenticator code, passkey): failures per account and per address.
  secondFactorPerAccount: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  secondFactorPerIp: { points: 30, duration: 15 * 60, blockDuration: 15 * 60 },
  // Recovery codes are the last resort: fewer tries, a longer pause.
  recoveryCodePerAccount: { points: 5, duration: 60 * 60, blockDuration: 60 * 60 },
  // Passwordless sign-in: failed assertions per address; options (one per sign-in page view, for the
  // email field's passkey autofill) far more generously, only to bound stored challenges.
  passkeySignInPerIp: { points: 30, duration: 15 * 60, blockDuration: 15 * 60 },
  passkeyOptionsPerIp: { points: 600, duration: 15 * 60, blockDuration: 15 * 60 },
  // Wrong codes while confirming a new authenticator app.
  mfaSetupPerUser: { points: 10, duration: 15 * 60, blockDuration: 15 * 60 },
  // IP access: a refused address is audited a few times per window, not once per request of a flood.
  ipAccessDeniedAudit: { points: 5, duration: 10 * 60, blockDuration: 10 * 60 },
  // API keys: requests per key, and failed authentications per address.
  apiRequestsPerKey: { points: 600, duration: 60, blockDuration: 60 },
  apiAuthFailuresPerIp: { points: 20, duration: 15 * 60, blockDuration: 15 * 60 },
  // Public document-access requests, per address; magic-link and verification clicks, per address.
  documentAccessRequestPerIp: { points: 5, duration: 60 * 60, blockDuration: 60 * 60 },
  documentAccessLinkPerIp: { points: 30, duration: 15 * 60, blockDuration: 15 * 60 },
  // Sub-processor notice subscriptions: requests per address; confirmation emails per address subscribed
  // (beyond it the request is answered the same but no email goes out, so nobody is mail-bombed).
  noticeSubscribePerIp: { points: 10, duration: 60 * 60, blockDuration: 60 * 60 },
  noticeConfirmationPerEmail: { points: 3, duration: 60 * 60, blockDuration: 60 * 60 },
  // First-run setup (/setup): attempts per address, so the one-time token cannot be guessed online.
  setupPerIp: { points: 10, duration: 15 * 60, blockDuration: 15 * 60 },
  // Self-service sign-up (lib/signup): link requests per address asked for and per client address; link
  // uses (opening the page, completing it) per client address.
  signupPerEmail: { points: 3, duration: 60 * 60, blockDuration: 60 * 60 },
  signupPerIp: { points: 10, duration: 60 * 60, blockDuration: 60 * 60 },
  signupLinkPerIp: { points: 30, duration: 15 * 60, blockDuration: 15 * 60 },
  // Account self-service (lib/account): email-change links per user; confirmation clicks per address.
  emailChangePerUser: { points: 5, duration: 60 * 60, blockDuration: 60 * 60 },
  emailChangeLinkPerIp: { points: 30, duration: 15 * 60, blockDuration: 15 * 60 },
  // Sub-processor notice links (confirm, unsubscribe): posts per address, declared on the actions
  // (createAction's rateLimit), so nobody guesses tokens online. The use-cases own no limit of their own.
  noticeLinkPerIp: { points: 30, duration: 15 * 60, blockDuration: 15 * 60 },
  // The public Ask box (lib/answers/ask-question.ts, issue 17): questions per client address.
  askQuestionPerIp: { points: 20, duration: 10 * 60, blockDuration: 10 * 60 },
  // Email-first SSO look-up on the sign-in page (app/(auth)/actions.ts): counted once per distinct domain
  // (consumeDistinct), so a whole office behind one address signing in to the same domain costs one point,
  // while 30 different domains in 10 minutes is far above a person's use and keeps the list of SSO domains
  // from being read off in bulk.
  ssoLookUpPerIp: { points: 30, duration: 10 * 60, blockDuration: 10 * 60 },
} as const satisfies Record<string, LimitPolicy>;

export type LimitName = keyof typeof POLICIES;

let redis: Redis | undefined;
const limiters = new Map<LimitName, RateLimiterAbstract>();

function limiter(name: LimitName): RateLimiterAbstract {
  let l = limiters.get(name);
  if (l) return l;
  l = build(POLICIES[name], `rl:${name}`);
  limiters.set(name, l);
  return l;
}

// consumeDistinct's memory of the values already counted, per policy: one point, for the policy's window.
const seenLimiters = new Map<LimitName, RateLimiterAbstract>();
function seenLimiter(name: LimitName): RateLimiterAbstract {
  let l = seenLimiters.get(name);
  if (l) return l;
  l = build({ points: 1, duration: POLICIES[name].duration, blockDuration: 0 }, `rl:${name}:seen`);
  seenLimiters.set(name, l);
  return l;
}

function build(policy: LimitPolicy, keyPrefix: string): RateLimiterAbstract {
  const { redisUrl } = getConfig();
  const common = { ...policy, keyPrefix };
  if (redisUrl) {
    // Commands queue briefly while connecting; if Redis stays unreachable they fail fast and the
    // in-memory insurance limiter takes over.
    redis ??= new Redis(redisUrl, { connectTimeout: 1000, maxRetriesPerRequest: 1 });
    // If Redis is down, fall back to this process's memory rather than letting every request through.
    return new RateLimiterRedis({ ...common, storeClient: redis, insuranceLimiter: new RateLimiterMemory(common) });
  }
  return new RateLimiterPrisma({ ...common, storeClient: db(), tableName: 'rateLimiterFlexible' });
}

export interface LimitState {
  limited: boolean;
  retryAfterSeconds: number;
}

/** Counts one attempt. Returns limited=true once the policy is exhausted. */
export async function consume(name: LimitName, key: string): Promise<LimitState> {
  try {
    const res = await limiter(name).consume(key);
    return { limited: false, retryAfterSeconds: Math.ceil(res.msBeforeNext / 1000) };
  } catch (rej) {
    if (rej instanceof RateLimiterRes)
      return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil(rej.msBeforeNext / 1000)) };
    throw rej;
  }
}

/**
 * Counts one attempt per distinct value within the policy's window: asking again for a value this key was
 * already answered about costs nothing (it learns nothing new). For look-ups whose abuse is asking about
 * many values — many people behind one address asking about the same one are not that.
 */
export async function consumeDistinct(name: LimitName, key: string, value: string): Promise<LimitState> {
  const seenKey = `${key}|${value}`;
  if (await seenLimiter(name).get(seenKey)) return { limited: false, retryAfterSeconds: 0 };
  const state = await consume(name, key);
  // Remembered only once answered: a value refused while the key was blocked is counted when asked again.
  if (!state.limited)
    await seenLimiter(name)
      .consume(seenKey)
      .catch(() => undefined);
  return state;
}

/** Looks without counting: is this key blocked right now? */
export async function peek(name: LimitName, key: string): Promise<LimitState> {
  const res = await limiter(name).get(key);
  if (res && res.consumedPoints > POLICIES[name].points) {
    return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
  }
  return { limited: false, retryAfterSeconds: 0 };
}

export async function reset(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key);
}

export function minutesText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
