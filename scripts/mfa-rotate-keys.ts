// npx tsx scripts/mfa-rotate-keys.ts — re-encrypts every TOTP secret under the first key of
// MFA_ENCRYPTION_KEYS. Run after putting a new key first; then the old keys can be removed.
import { reportFailure } from './db-env';
import { closeDb } from '@/lib/db';
import { resealAllTotpSecrets } from '@/lib/mfa/totp-factor';

try {
  const { resealed, unreadable } = await resealAllTotpSecrets();
  console.log(`Re-encrypted ${resealed} authenticator secret${resealed === 1 ? '' : 's'} under the current key.`);
  if (unreadable) {
    console.error(
      `✖ ${unreadable} secret${unreadable === 1 ? ' is' : 's are'} under a key no longer in MFA_ENCRYPTION_KEYS: put that key back (after the first) and run this again.`,
    );
    process.exitCode = 1;
  }
  await closeDb();
} catch (err) {
  reportFailure(err);
}
