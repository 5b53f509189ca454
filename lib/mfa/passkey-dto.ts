import type { WebAuthnCredential } from '@/lib/generated/prisma/client';

export interface PasskeyDTO {
  id: string;
  name: string;
  /** synced: can live in a password manager or platform account; device-bound: stays on one device or key. */
  kind: 'synced' | 'device-bound';
  backedUp: boolean;
  /** Usable for "Sign in with a passkey" (stored on the authenticator as a discoverable credential). */
  passwordless: boolean | null;
  createdAt: string;
  lastUsedAt: string | null;
}

export function toPasskeyDTO(row: WebAuthnCredential): PasskeyDTO {
  return {
    id: row.id,
    name: row.name,
    kind: row.deviceType === 'multiDevice' ? 'synced' : 'device-bound',
    backedUp: row.backedUp,
    passwordless: row.discoverable,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}
