import crypto from 'node:crypto';
import { generate } from 'otplib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig, parseMfaKeys, type MfaKey } from '@/lib/config';
import {
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCode,
  normalizeRecoveryCode,
} from '@/lib/mfa/recovery-codes';
import { needsResealing, open, seal } from '@/lib/mfa/secret-box';
import { checkTotpCode, groupKey, newTotpSecret, otpauthUri, toBase32, type TotpParams } from '@/lib/mfa/totp';

// RFC 6238 appendix B: 8-digit codes for seeds of 20, 32 and 64 bytes.
const SEEDS = {
  SHA1: Buffer.from('12345678901234567890'),
  SHA256: Buffer.from('12345678901234567890123456789012'),
  SHA512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
} as const;
const VECTORS: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('[R14] RFC 6238 test vectors through our verify path', () => {
  for (const [i, algorithm] of (['SHA1', 'SHA256', 'SHA512'] as const).entries()) {
    it(`[R14] ${algorithm}: every appendix B code is accepted at its time, and not a step later`, async () => {
      const params: TotpParams = { algorithm, digits: 8, period: 30 };
      for (const vector of VECTORS) {
        const [t] = vector;
        const code = vector[i + 1] as string;
        const result = await checkTotpCode({ secret: SEEDS[algorithm], code, params, now: t * 1000 });
        expect(result, `${algorithm} T=${t}`).toEqual({ valid: true, step: Math.floor(t / 30) });
        // Two steps later it is outside the past-only window of one step.
        expect(await checkTotpCode({ secret: SEEDS[algorithm], code, params, now: (t + 60) * 1000 })).toEqual({
          valid: false,
          reused: false,
        });
      }
    });
  }
});

describe('[R14] the window is past-only by one step, on server time', () => {
  const secret = Buffer.from('0123456789abcdef0123');
  const codeAtStep = (step: number) => generate({ secret, epoch: step * 30 });
  const step = 58_000_000;
  const start = step * 30_000; // first millisecond of `step`
  const end = start + 29_999; // last millisecond of `step`

  it('[R14] accepts the current step anywhere in it', async () => {
    const code = await codeAtStep(step);
    expect(await checkTotpCode({ secret, code, now: start })).toEqual({ valid: true, step });
    expect(await checkTotpCode({ secret, code, now: end })).toEqual({ valid: true, step });
  });

  it('[R14] accepts the previous step (clock drift, typing time) for the whole current step', async () => {
    const code = await codeAtStep(step - 1);
    expect(await checkTotpCode({ secret, code, now: start })).toEqual({ valid: true, step: step - 1 });
    expect(await checkTotpCode({ secret, code, now: end })).toEqual({ valid: true, step: step - 1 });
  });

  it('[R14] refuses two steps back and any future step, even one second ahead', async () => {
    expect(await checkTotpCode({ secret, code: await codeAtStep(step - 2), now: end })).toEqual({
      valid: false,
      reused: false,
    });
    expect(await checkTotpCode({ secret, code: await codeAtStep(step + 1), now: end })).toEqual({
      valid: false,
      reused: false,
    });
    expect(await checkTotpCode({ secret, code: await codeAtStep(step + 1), now: start + 29_000 })).toEqual({
      valid: false,
      reused: false,
    });
  });

  afterEach(() => vi.useRealTimers());
  it('[R14] without an explicit time it uses the server clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start + 10_000);
    expect(await checkTotpCode({ secret, code: await codeAtStep(step) })).toEqual({ valid: true, step });
    vi.setSystemTime(start + 70_000); // two steps later
    expect(await checkTotpCode({ secret, code: await codeAtStep(step) })).toEqual({ valid: false, reused: false });
  });

  it('[R12] a step at or before the last used one is refused and reported as a reuse', async () => {
    const code = await codeAtStep(step);
    expect(await checkTotpCode({ secret, code, now: start, lastUsedStep: step })).toEqual({
      valid: false,
      reused: true,
    });
    // The previous step's code after the current step was used: also a reuse, never accepted.
    expect(await checkTotpCode({ secret, code: await codeAtStep(step - 1), now: start, lastUsedStep: step })).toEqual({
      valid: false,
      reused: true,
    });
    // A wrong code is just wrong.
    expect(
      await checkTotpCode({ secret, code: '000000' === code ? '111111' : '000000', now: start, lastUsedStep: step }),
    ).toEqual({ valid: false, reused: false });
    // The next step is fine.
    expect(
      await checkTotpCode({ secret, code: await codeAtStep(step + 1), now: start + 30_000, lastUsedStep: step }),
    ).toEqual({ valid: true, step: step + 1 });
  });

  it('refuses anything but the configured number of digits', async () => {
    for (const code of ['', '12345', '1234567', 'abcdef', '12 34 5']) {
      expect(await checkTotpCode({ secret, code, now: start })).toEqual({ valid: false, reused: false });
    }
    // Spaces are forgiven: "123 456" is what some apps display.
    const code = await codeAtStep(step);
    expect(await checkTotpCode({ secret, code: `${code.slice(0, 3)} ${code.slice(3)}`, now: start })).toEqual({
      valid: true,
      step,
    });
  });
});

describe('[R11] secrets', () => {
  it('[R11] come from the CSPRNG: 160 bits, never repeating', () => {
    const secrets = new Set(Array.from({ length: 200 }, () => newTotpSecret().toString('hex')));
    expect(secrets.size).toBe(200);
    expect(newTotpSecret()).toHaveLength(20);
  });

  it('are shown as RFC 4648 base32 in groups of four, and in an otpauth URI', () => {
    expect(toBase32(Buffer.from('12345678901234567890'))).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(groupKey('GEZDGNBVGY3TQOJQ')).toBe('GEZD GNBV GY3T QOJQ');
    const uri = otpauthUri({
      issuer: 'Acme Mail',
      account: 'a@example.test',
      secret: Buffer.from('12345678901234567890'),
    });
    expect(uri).toMatch(/^otpauth:\/\/totp\/Acme%20Mail:a%40example\.test\?/);
    expect(uri).toContain('secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });
});

describe('[R11] encryption at rest (AES-256-GCM, key id for rotation)', () => {
  const key = (id: string): MfaKey => ({ id, key: crypto.randomBytes(32) });
  const k1 = key('k1');
  const k2 = key('k2');
  const secret = newTotpSecret();

  it('[R11] round-trips, and the ciphertext reveals nothing of the secret', () => {
    const sealed = seal(secret, 'totp:user-1', [k1]);
    expect(sealed.keyId).toBe('k1');
    expect(sealed.ciphertext).not.toContain(secret.toString('base64url'));
    expect(sealed.ciphertext).not.toContain(toBase32(secret));
    expect(open(sealed, 'totp:user-1', [k1])).toEqual(secret);
    // A fresh IV each time: sealing twice gives two different ciphertexts.
    expect(seal(secret, 'totp:user-1', [k1]).ciphertext).not.toBe(sealed.ciphertext);
  });

  it('[R11] refuses a tampered ciphertext, another owner, or a relabelled key id', () => {
    const sealed = seal(secret, 'totp:user-1', [k1, k2]);
    const parts = sealed.ciphertext.split('.');
    const body = Buffer.from(parts[2]!, 'base64url');
    body[0]! ^= 1;
    const tampered = { ...sealed, ciphertext: [parts[0], parts[1], body.toString('base64url'), parts[3]].join('.') };
    expect(() => open(tampered, 'totp:user-1', [k1, k2])).toThrow(/authentication/);
    expect(() => open(sealed, 'totp:user-2', [k1, k2])).toThrow(/authentication/);
    expect(() => open({ ...sealed, keyId: 'k2' }, 'totp:user-1', [k1, k2])).toThrow(/authentication/);
  });

  it('[R11] rotation: a new first key seals, old keys still open, and re-sealing moves to the new key', () => {
    const old = seal(secret, 'totp:user-1', [k1]);
    const ring = [k2, k1];
    expect(open(old, 'totp:user-1', ring)).toEqual(secret);
    expect(needsResealing(old, ring)).toBe(true);
    const fresh = seal(open(old, 'totp:user-1', ring), 'totp:user-1', ring);
    expect(fresh.keyId).toBe('k2');
    expect(needsResealing(fresh, ring)).toBe(false);
    // Once every secret moved, the old key can go; anything still under it fails loudly, by name.
    expect(open(fresh, 'totp:user-1', [k2])).toEqual(secret);
    expect(() => open(old, 'totp:user-1', [k2])).toThrow(/"k1" is not configured/);
  });

  it('MFA_ENCRYPTION_KEYS: id:base64 entries of 32 bytes, first one encrypts, problems named', () => {
    const good = `new:${crypto.randomBytes(32).toString('base64')},old:${crypto.randomBytes(32).toString('base64')}`;
    expect(parseMfaKeys(good).keys.map((k) => k.id)).toEqual(['new', 'old']);
    expect(parseMfaKeys('k1:c2hvcnQ=').problems).toEqual([expect.stringMatching(/key "k1" must be 32 bytes/)]);
    expect(parseMfaKeys('no-colon').problems[0]).toMatch(/id:base64key/);
    const dup = `a:${crypto.randomBytes(32).toString('base64')},a:${crypto.randomBytes(32).toString('base64')}`;
    expect(parseMfaKeys(dup).problems).toEqual([expect.stringMatching(/appears twice/)]);
  });

  it('MFA_ENCRYPTION_KEYS is required in production on PostgreSQL; WebAuthn RP ID and origin come from APP_URL', () => {
    expect(() =>
      parseConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/trust', AUTH_SECRET: 'x'.repeat(40) }),
    ).toThrow(/MFA_ENCRYPTION_KEYS: is required in production/);
    const cfg = parseConfig({ APP_URL: 'https://trust.example.com', BRAND_NAME: 'Acme Mail' });
    expect(cfg.webauthn).toEqual({
      rpId: 'trust.example.com',
      rpName: 'Acme Mail',
      origin: 'https://trust.example.com',
    });
    const custom = parseConfig({
      APP_URL: 'https://trust.example.com',
      WEBAUTHN_RP_ID: 'example.com',
      WEBAUTHN_ORIGIN: 'https://login.example.com/',
    });
    expect(custom.webauthn).toMatchObject({ rpId: 'example.com', origin: 'https://login.example.com' });
  });
});

describe('[R15] recovery codes', () => {
  it('[R15] carry 80 bits (16 symbols of a 32-symbol alphabet) and never repeat', () => {
    const codes = Array.from({ length: 500 }, newRecoveryCode);
    expect(new Set(codes).size).toBe(500);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(16 * Math.log2(32)).toBeGreaterThanOrEqual(20);
  });

  it('are forgiving to type: case, spaces, dashes and look-alikes', () => {
    expect(normalizeRecoveryCode('abcd efgh-jkmn pqrs')).toBe('ABCDEFGHJKMNPQRS');
    expect(normalizeRecoveryCode('O0Il-1111-1111-1111')).toBe('0011111111111111');
    expect(looksLikeRecoveryCode('abcd-efgh-jkmn-pqrs')).toBe(true);
    expect(looksLikeRecoveryCode('abcd-efgh')).toBe(false);
  });

  it('[R15] are hashed with the user id, so equal codes of two users differ', () => {
    const code = newRecoveryCode();
    expect(hashRecoveryCode('u1', code)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode('u1', code)).not.toBe(hashRecoveryCode('u2', code));
    expect(hashRecoveryCode('u1', code.toLowerCase().replace(/-/g, ' '))).toBe(hashRecoveryCode('u1', code));
  });
});
