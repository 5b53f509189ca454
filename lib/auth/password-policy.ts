import { getConfig } from '@/lib/config';
import { isCommonPassword } from './common-passwords';

// NIST SP 800-63B: length, not composition (R1, R2); refuse known-breached and context-specific words (R3).

export const PASSWORD_MAX_LENGTH = 256;

export interface PasswordContext {
  email?: string | null;
  name?: string | null;
}

/** Problems with a new password, in words a user can act on; empty when it is acceptable. */
export function passwordProblems(password: string, context: PasswordContext = {}): string[] {
  const { passwordMinLength, brand } = getConfig();
  const length = [...password].length; // code points, so an emoji counts as one character
  if (length < passwordMinLength) return [`Use at least ${passwordMinLength} characters (this one has ${length}).`];
  if (length > PASSWORD_MAX_LENGTH) return [`Use at most ${PASSWORD_MAX_LENGTH} characters.`];
  if (isCommonPassword(password)) {
    return ['This password is on a list of commonly used or breached passwords. Choose something less predictable.'];
  }
  const lower = password.toLowerCase();
  const local = context.email?.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 3 && lower.includes(local)) return ['Do not use your email address in your password.'];
  const product = brand.name.toLowerCase().replace(/\s+/g, '');
  if (product.length >= 3 && lower.replace(/\s+/g, '').includes(product)) {
    return [`Do not use the product name (${brand.name}) in your password.`];
  }
  return [];
}
