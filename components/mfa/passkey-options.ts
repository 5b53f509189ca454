import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { passkeySignInOptionsAction } from '@/app/(auth)/actions';

/** Fresh options (a new single-use challenge) for a passwordless attempt, or null when refused. */
export async function passkeyRequestOptions(): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const result = await passkeySignInOptionsAction(null, {});
  return result.ok ? result.data : null;
}
