import { getConfig } from '@/lib/config';
import type { SignedInCtx } from '@/lib/context';
import type { Prisma } from '@/lib/generated/prisma/client';
import { notify } from '@/lib/notifications/notify';
import type { RequestMeta } from '@/lib/request-context';
import { mfaEmails } from './emails';

// The notifications the two-factor use-cases send, inside their transactions.

const common = (meta: RequestMeta) => {
  const { brand, appUrl } = getConfig();
  return {
    brand: brand.name,
    when: new Date().toUTCString(),
    ip: meta.ip,
    securityUrl: new URL('/account/security', appUrl).toString(),
  };
};

export async function noticeFactorAdded(tx: Prisma.TransactionClient, ctx: SignedInCtx, what: string): Promise<void> {
  const { session } = ctx;
  await notify(tx, {
    event: 'mfa.factor_added',
    organizationId: session.organization?.id ?? null,
    userId: session.user.id,
    title: `${what} added`,
    body: `${what} was added as a second factor${ctx.meta.ip ? ` from ${ctx.meta.ip}` : ''}. If this was not you, remove it and change your password.`,
    link: '/account/security',
    email: (r) => mfaEmails.factorAdded({ ...common(ctx.meta), name: r.name, what }),
  });
}

export async function noticeFactorRemoved(
  tx: Prisma.TransactionClient,
  ctx: SignedInCtx,
  what: string,
  stillProtected: boolean,
): Promise<void> {
  const { session } = ctx;
  await notify(tx, {
    event: 'mfa.disabled',
    organizationId: session.organization?.id ?? null,
    userId: session.user.id,
    title: stillProtected ? `${what} removed` : 'Two-factor authentication turned off',
    body: `${session.user.name} (${session.user.email}) removed ${what.toLowerCase()}${stillProtected ? '' : '; two-factor authentication is now off for this account'}.`,
    link: '/account/security',
    email: (r) =>
      mfaEmails.factorRemoved({
        ...common(ctx.meta),
        name: r.name,
        what,
        subject: `${session.user.name} (${session.user.email})`,
        stillProtected,
        forSomeoneElse: r.id !== session.user.id,
      }),
  });
}

export async function noticeCodeReused(
  tx: Prisma.TransactionClient,
  user: { id: string },
  organizationId: string | null,
  meta: RequestMeta,
): Promise<void> {
  await notify(tx, {
    event: 'mfa.code_reused',
    organizationId,
    userId: user.id,
    title: 'Authentication code reused',
    body: `A code from your authenticator app was entered a second time${meta.ip ? ` from ${meta.ip}` : ''} and refused.`,
    link: '/account/security',
    email: (r) => mfaEmails.codeReused({ ...common(meta), name: r.name }),
  });
}

export async function noticeRecoveryCodeUsed(
  tx: Prisma.TransactionClient,
  user: { id: string },
  organizationId: string | null,
  meta: RequestMeta,
  remaining: number,
): Promise<void> {
  await notify(tx, {
    event: 'mfa.recovery_code_used',
    organizationId,
    userId: user.id,
    title: 'Recovery code used',
    body: `A recovery code was used to sign in${meta.ip ? ` from ${meta.ip}` : ''}. ${remaining === 1 ? '1 code is' : `${remaining} codes are`} left.`,
    link: '/account/security',
    email: (r) => mfaEmails.recoveryCodeUsed({ ...common(meta), name: r.name, remaining }),
  });
}

export async function noticeRecoveryCodesRegenerated(tx: Prisma.TransactionClient, ctx: SignedInCtx): Promise<void> {
  const { session } = ctx;
  await notify(tx, {
    event: 'mfa.recovery_codes_regenerated',
    organizationId: session.organization?.id ?? null,
    userId: session.user.id,
    title: 'New recovery codes',
    body: `New recovery codes were generated${ctx.meta.ip ? ` from ${ctx.meta.ip}` : ''}; the old ones no longer work.`,
    link: '/account/security',
    email: (r) => mfaEmails.recoveryCodesRegenerated({ ...common(ctx.meta), name: r.name }),
  });
}
