import crypto from 'node:crypto';

/** sha256 of a page source: the import adds a revision only when it changes. */
export const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
