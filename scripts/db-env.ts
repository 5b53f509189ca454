// Shared by the db-* scripts: read the same .env files as Next.js and scripts/lib.mjs, so the scripts and
// the server agree on DATA_DIR and DATABASE_URL; and describe a target without leaking its password.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nextEnv from '@next/env';
import type { DatabaseTarget } from '@/lib/db/target';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error });

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'embedded') return `the embedded database in ${target.dataDir}`;
  const u = new URL(target.url);
  return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/** Prints an error for a person at a terminal: the message, and the engine's trace only with DEBUG set. */
export function reportFailure(err: unknown): void {
  const e = err instanceof Error ? err : new Error(String(err));
  console.error(`✖ ${e.message}`);
  const trace = (e as { trace?: unknown }).trace;
  if (typeof trace === 'string' && process.env.DEBUG) console.error(trace);
  process.exitCode = 1;
}
