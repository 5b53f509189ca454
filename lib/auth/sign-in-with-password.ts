import { recordAudit } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import { authEmails } from './emails';
import { consume, minutesText, peek, POLICIES, reset } from '@/lib/security/rate-limit';
import type { TPasswordSignIn } from '@/lib/validation/auth';
import { userActor } from './actor';
import { hashPassword, needsRehash, verifyPassword } from './password-hash';
import { enrolmentGuidance, type EnrolmentGuidance } from '@/lib/mfa/enrolment';
import { enrolledSecondFactors } from './second-factor-seam';
import { issueSignInTicket } from './sign-in-ticket';
import { suspendedError } from '@/lib/customers/status';
import { refuseIfSsoRequired } from '@/lib/sso/refuse-local-sign-in';

export type PasswordStepResult =
  /** enrol: the organization requires two-factor authentication and this user has yet to set it up. */
  | { next: 'complete'; ticket: string; enrol: EnrolmentGuidance }
  | { next: 'second-factor'; ticket: string; factors: string[] };

// Verifying against a real hash when the email is unknown keeps both answers equally slow (R8).
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword('not-a-real-password-but-hashed-the-same-way'));

function rateLimited(seconds: number): AppError {
  return new AppError('SIGN_IN_RATE_LIMITED', { wait: minutesText(seconds) }, undefined, {
    retryAfterSeconds: seconds,
  });
}

/** Step one of sign-in. The same message for a wrong password and an unknown email (R8). */
export async function signInWithPassword(ctx: Ctx, input: TPasswordSignIn): Promise<PasswordStepResult> {
  const ipKey = ctx.meta.ip ?? 'unknown';
  const [ipState, accountState] = await Promise.all([
    peek('signInPerIp', ipKey),
    peek('signInPerAccount', input.email),
  ]);
  if (ipState.limited || accountState.limited)
    throw rateLimited(Math.max(ipState.retryAfterSeconds, accountState.retryAfterSeconds));

  const prisma = db();
  const user = await prisma.user.findUnique({
    where: { email: input.email },
    // The oldest organization the user is still active in (a deactivated membership grants nothing).
    include: {
      memberships: {
        where: { deactivatedAt: null },
        orderBy: { createdAt: 'asc' },
        include: { organization: { select: { id: true, name: true, status: true } } },
      },
    },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
  // A suspended or pending-deletion organization is skipped; with nothing else, sign-in is refused below.
  const usable = user?.memberships.filter((m) => m.organization.status === 'ACTIVE') ?? [];
  const organizationId = usable[0]?.organizationId ?? user?.memberships[0]?.organizationId ?? null;

  if (!user || !user.passwordHash || !passwordOk) {
    const [ipLimit, account] = await Promise.all([
      consume('signInPerIp', ipKey),
      consume('signInPerAccount', input.email),
    ]);
    const justLocked = account.limited;
    const locks = justLocked && user;
    await prisma.$transaction(async (tx) => {
      // One event per attempt: the attempt that trips the limit is recorded as the lock.
      await recordAudit(tx, {
        organizationId,
        action: locks ? 'auth.signin.locked' : 'auth.signin.failed',
        actor: user ? userActor(user) : { type: 'ANONYMOUS', id: null, label: input.email },
        target: user ? { type: 'user', id: user.id, label: user.email } : undefined,
        outcome: locks ? 'DENIED' : 'FAILURE',
        changes: {
          reason: user ? 'wrong password' : 'unknown email',
          ...(locks ? { lockedForSeconds: POLICIES.signInPerAccount.blockDuration } : {}),
        },
        meta: ctx.meta,
      });
      if (locks) {
        const { brand, appUrl } = getConfig();
        const minutes = POLICIES.signInPerAccount.blockDuration / 60;
        await notify(tx, {
          event: 'auth.lockout',
          organizationId,
          userId: user.id,
          title: 'Sign-in paused after failed attempts',
          body: `Several wrong passwords were entered for your account${ctx.meta.ip ? ` (last from ${ctx.meta.ip})` : ''}; sign-in was paused for ${minutes} minutes.`,
          link: '/account/security',
          email: (r) =>
            authEmails.accountLocked({
              brand: brand.name,
              name: r.name,
              minutes,
              ip: ctx.meta.ip,
              resetUrl: new URL('/forgot-password', appUrl).toString(),
            }),
        });
      }
    });
    if (justLocked || ipLimit.limited)
      throw rateLimited(Math.max(account.retryAfterSeconds, ipLimit.retryAfterSeconds));
    throw new AppError('INVALID_CREDENTIALS');
  }

  if (user.status !== 'ACTIVE') {
    await prisma.$transaction((tx) =>
      recordAudit(tx, {
        organizationId,
        action: 'auth.signin.failed',
        actor: userActor(user),
        target: { type: 'user', id: user.id, label: user.email },
        outcome: 'DENIED',
        changes: { reason: 'account deactivated' },
        meta: ctx.meta,
      }),
    );
    throw new AppError('ACCOUNT_DISABLED');
  }

  const suspended =
    usable.length === 0 ? user.memberships.find((m) => m.organization.status !== 'ACTIVE')?.organization : undefined;
  if (suspended) {
    await prisma.$transaction((tx) =>
      recordAudit(tx, {
        organizationId: suspended.id,
        action: 'customer.access_refused',
        actor: userActor(user),
        target: { type: 'user', id: user.id, label: user.email },
        outcome: 'DENIED',
        changes: {
          reason: `sign-in to a ${suspended.status === 'SUSPENDED' ? 'suspended' : 'pending-deletion'} organization`,
        },
        meta: ctx.meta,
      }),
    );
    throw suspendedError(suspended);
  }

  await refuseIfSsoRequired(ctx, user, 'password');
  await reset('signInPerAccount', input.email);
  if (needsRehash(user.passwordHash)) {
    // Parameters changed since this hash was made: upgrade it now that we know the password (R6).
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password) } });
  }

  return prisma.$transaction(async (tx) => {
    const factors = await enrolledSecondFactors(tx, user.id);
    const step = factors.length ? 'SECOND_FACTOR' : 'SESSION';
    const ticket = await issueSignInTicket(tx, { userId: user.id, organizationId, step, meta: ctx.meta });
    return factors.length
      ? { next: 'second-factor', ticket, factors }
      : { next: 'complete', ticket, enrol: await enrolmentGuidance(tx, user.id, organizationId) };
  });
}
