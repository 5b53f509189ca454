import { randomToken } from '@/lib/auth/tokens';
import { open, seal } from '@/lib/mfa/secret-box';

// Signing secrets are needed in clear to sign, so they are encrypted at rest (AES-256-GCM, the TOTP
// keys of MFA_ENCRYPTION_KEYS) and bound to their endpoint: a ciphertext copied to another row fails.

const context = (endpointId: string) => `webhook:${endpointId}`;

export const newWebhookSecret = () => `whsec_${randomToken(32)}`;

export function sealWebhookSecret(endpointId: string, secret: string) {
  const sealed = seal(Buffer.from(secret, 'utf8'), context(endpointId));
  return { secretCiphertext: sealed.ciphertext, secretKeyId: sealed.keyId };
}

export function openWebhookSecret(row: { id: string; secretCiphertext: string; secretKeyId: string }): string {
  return open({ ciphertext: row.secretCiphertext, keyId: row.secretKeyId }, context(row.id)).toString('utf8');
}
