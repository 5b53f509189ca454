import { assertSignedIn } from '@/lib/access/can';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { organizationPolicy } from './enrolment';
import { toPasskeyDTO, type PasskeyDTO } from './passkey-dto';
import { enrolmentState, graceEndsAt } from './policy';
import { RECOVERY_CODE_COUNT, RECOVERY_CODES_LOW } from './recovery-codes';

export interface MyTwoFactorDTO {
  enabled: boolean;
  totp: { enabled: boolean; enabledAt: string | null; lastUsedAt: string | null };
  recoveryCodes: { remaining: number; total: number; low: boolean };
  passkeys: PasskeyDTO[];
  policy: {
    required: boolean;
    passkeysOnly: boolean;
    graceEndsAt: string | null;
    /** ok | suggested (grace running) | required (grace over: enrol now). */
    state: 'ok' | 'suggested' | 'required';
    organizationName: string | null;
  };
}

/** Everything the security page shows about the user's own second factors. */
export async function getMyTwoFactor(ctx: Ctx): Promise<MyTwoFactorDTO> {
  assertSignedIn(ctx);
  const { session } = ctx;
  const userId = session.user.id;
  const prisma = db();
  const [totp, passkeys, remaining, policy] = await Promise.all([
    prisma.totpFactor.findFirst({ where: { userId, confirmedAt: { not: null } } }),
    prisma.webAuthnCredential.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } }),
    prisma.recoveryCode.count({ where: { userId, usedAt: null } }),
    organizationPolicy(prisma, session.organization?.id ?? null),
  ]);
  const factors = { totp: !!totp, passkeys: passkeys.length };
  const enabled = factors.totp || factors.passkeys > 0;
  const state = policy ? enrolmentState(policy, factors).state : 'ok';
  const ends = policy ? graceEndsAt(policy) : null;
  return {
    enabled,
    totp: {
      enabled: !!totp,
      enabledAt: totp?.confirmedAt?.toISOString() ?? null,
      lastUsedAt: totp?.lastUsedAt?.toISOString() ?? null,
    },
    recoveryCodes: { remaining, total: RECOVERY_CODE_COUNT, low: enabled && remaining <= RECOVERY_CODES_LOW },
    passkeys: passkeys.map(toPasskeyDTO),
    policy: {
      required: !!policy?.mfaRequired,
      passkeysOnly: !!policy?.mfaRequired && policy.mfaPasskeysOnly,
      graceEndsAt: ends?.toISOString() ?? null,
      state,
      organizationName: session.organization?.name ?? null,
    },
  };
}
