import { dictionary } from '@zxcvbn-ts/language-common';

// 49,233 most common passwords, frequency-ordered, from the Xato corpus as packaged by
// @zxcvbn-ts/language-common (MIT licence). Loaded once, compared case-insensitively.
let list: Set<string> | undefined;

export function commonPasswords(): ReadonlySet<string> {
  list ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return list;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}
