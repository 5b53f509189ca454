import crypto from 'node:crypto';

// Reference numbers people read out over the phone or type from an email: Crockford's base32 alphabet
// (no I, L, O or U), two groups of four, 40 random bits. Uniqueness is enforced by the database.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newAbuseReference(): string {
  const bytes = crypto.randomBytes(8);
  const chars = Array.from(bytes, (b) => ALPHABET[b & 31]).join('');
  return `AR-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

export const ABUSE_REFERENCE_PATTERN = /^AR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
