import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id from @node-rs/argon2 (a const enum, which isolatedModules cannot import).
const ARGON2ID = 2;
import { getConfig } from '@/lib/config';

// argon2id with a per-hash random salt (the library generates it); parameters come from configuration
// and are encoded in each hash, so a change is detected per user and upgraded at their next sign-in.

function params() {
  const { memoryCost, timeCost, parallelism } = getConfig().argon2;
  return { algorithm: ARGON2ID as 2, memoryCost, timeCost, parallelism };
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, params());
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** True when the stored hash was made with other parameters than the configured ones. */
export function needsRehash(storedHash: string): boolean {
  const { memoryCost, timeCost, parallelism } = params();
  const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(storedHash);
  if (!m) return true;
  return Number(m[1]) !== memoryCost || Number(m[2]) !== timeCost || Number(m[3]) !== parallelism;
}
