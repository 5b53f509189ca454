import QRCode from 'qrcode';
import { assertRecentlyReauthenticated, assertSignedIn } from '@/lib/access/can';
import { getConfig } from '@/lib/config';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { groupKey, newTotpSecret, otpauthUri, toBase32, TOTP_DEFAULTS } from './totp';
import { sealTotpSecret } from './totp-factor';

export const PENDING_SETUP_MINUTES = 15;

export interface TotpSetupDTO {
  /** The otpauth URI as a QR code, an SVG data URL rendered here (no inline styles, CSP-safe). */
  qrCode: string;
  /** The same key for typing in by hand, in groups of four. */
  manualKey: string;
  issuer: string;
  account: string;
  digits: number;
  period: number;
}

/**
 * Starts enrolling an authenticator app (sudo): a new secret from the CSPRNG, stored encrypted and
 * pending until confirmed with a code (R11). Starting again replaces a pending secret.
 */
export async function beginTotpSetup(ctx: Ctx): Promise<TotpSetupDTO> {
  assertSignedIn(ctx);
  assertRecentlyReauthenticated(ctx);
  const { user } = ctx.session;
  const secret = newTotpSecret();
  await db().$transaction(async (tx) => {
    const existing = await tx.totpFactor.findUnique({ where: { userId: user.id } });
    if (existing?.confirmedAt) {
      throw new AppError('TOTP_ALREADY_SET_UP');
    }
    if (existing) await tx.totpFactor.delete({ where: { id: existing.id } });
    await tx.totpFactor.create({
      data: {
        userId: user.id,
        ...sealTotpSecret(user.id, secret),
        algorithm: TOTP_DEFAULTS.algorithm,
        digits: TOTP_DEFAULTS.digits,
        period: TOTP_DEFAULTS.period,
      },
    });
  });
  const issuer = getConfig().brand.name;
  const uri = otpauthUri({ issuer, account: user.email, secret });
  const svg = await QRCode.toString(uri, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return {
    qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    manualKey: groupKey(toBase32(secret)),
    issuer,
    account: user.email,
    digits: TOTP_DEFAULTS.digits,
    period: TOTP_DEFAULTS.period,
  };
}
