import { verifyRegistrationResponse, type RegistrationResponseJSON } from '@simplewebauthn/server';
import type { z } from 'zod';
import { assertRecentlyReauthenticated, assertSignedIn } from '@/lib/access/can';
import { recordAudit } from '@/lib/audit/record';
import { actorOf } from '@/lib/auth/actor';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { ZFinishPasskeyRegistrationSchema } from '@/lib/validation/mfa';
import { suggestPasskeyName } from './aaguid-names';
import { factorsOf, hasSecondFactor } from './factors';
import { noticeFactorAdded } from './notices';
import { toPasskeyDTO, type PasskeyDTO } from './passkey-dto';
import { replaceRecoveryCodes } from './recovery-codes';
import { claimChallenge, webauthnSettings, type DeviceType } from './webauthn';

export interface PasskeyAddedDTO {
  passkey: PasskeyDTO;
  /** Pre-filled in the "name it" step: the authenticator's name when its AAGUID is known. */
  suggestedName: string;
  recoveryCodes: string[] | null;
}

const notVerified = () => new AppError('PASSKEY_REGISTRATION_FAILED');

/** Verifies the authenticator's response to our challenge and stores the new credential. */
export async function finishPasskeyRegistration(
  ctx: Ctx,
  input: z.output<typeof ZFinishPasskeyRegistrationSchema>,
): Promise<PasskeyAddedDTO> {
  assertSignedIn(ctx);
  assertRecentlyReauthenticated(ctx);
  const { session } = ctx;
  const response = input.response as unknown as RegistrationResponseJSON;
  const claimed = await claimChallenge(response, { ceremony: 'REGISTRATION', userId: session.user.id });
  if (!claimed) throw new AppError('PASSKEY_CHALLENGE_EXPIRED');
  const { rpID, origin } = webauthnSettings();
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: claimed.challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: claimed.userVerification === 'required',
    });
  } catch {
    throw notVerified();
  }
  if (!verification.verified) throw notVerified();
  const info = verification.registrationInfo;
  const deviceType = info.credentialDeviceType as DeviceType;
  const suggestedName = suggestPasskeyName(info.aaguid, deviceType);
  const discoverable = (response.clientExtensionResults as { credProps?: { rk?: boolean } }).credProps?.rk;

  return db().$transaction(async (tx) => {
    if (await tx.webAuthnCredential.findUnique({ where: { credentialId: info.credential.id } })) {
      throw new AppError('PASSKEY_ALREADY_REGISTERED');
    }
    const before = await factorsOf(tx, session.user.id);
    const row = await tx.webAuthnCredential.create({
      data: {
        userId: session.user.id,
        credentialId: info.credential.id,
        publicKey: Buffer.from(info.credential.publicKey),
        counter: BigInt(info.credential.counter),
        transports: info.credential.transports ?? [],
        aaguid: info.aaguid,
        name: input.name ?? suggestedName,
        deviceType,
        backedUp: info.credentialBackedUp,
        discoverable: typeof discoverable === 'boolean' ? discoverable : null,
      },
    });
    let recoveryCodes: string[] | null = null;
    if (!hasSecondFactor(before) || before.recoveryCodes === 0)
      recoveryCodes = await replaceRecoveryCodes(tx, session.user.id);
    // One event for the change; the recovery codes issued with a first factor are part of it.
    await recordAudit(tx, {
      organizationId: session.organization?.id ?? null,
      action: 'mfa.passkey.added',
      actor: actorOf(ctx),
      target: { type: 'webauthn_credential', id: row.id, label: row.name },
      changes: {
        name: row.name,
        aaguid: row.aaguid,
        deviceType,
        backedUp: row.backedUp,
        discoverable: row.discoverable,
        ...(recoveryCodes ? { recoverySetIssued: recoveryCodes.length } : {}),
      },
      meta: ctx.meta,
    });
    await noticeFactorAdded(tx, ctx, `A passkey (${row.name})`);
    return { passkey: toPasskeyDTO(row), suggestedName, recoveryCodes };
  });
}
