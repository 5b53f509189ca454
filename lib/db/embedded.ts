// The embedded database: one PGlite per data directory per process, shared by the Prisma client and the
// migration engine (a script that migrates and then seeds opens it once). Guarded by the lock file so
// that a second process gets a clear error instead of a corrupted directory.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { acquireEmbeddedLock, type EmbeddedLock } from './embedded-lock';

/** PostgreSQL's own files live one level down, so the data dir can also hold the lock and other state. */
export const PGLITE_SUBDIR = 'pglite';

export interface EmbeddedDatabase {
  readonly dataDir: string;
  readonly pglite: PGlite;
  /** Drops this handle; the last one closes PGlite and releases the lock. */
  release(): Promise<void>;
}

interface Entry {
  pglite: PGlite;
  lock: EmbeddedLock;
  refs: number;
}

const OPEN = Symbol.for('trust-center.embedded-databases');

/** On globalThis: Next.js can evaluate this module twice in one process, and both must share PGlite. */
function openDatabases(): Map<string, Entry> {
  const g = globalThis as { [OPEN]?: Map<string, Entry> };
  return (g[OPEN] ??= new Map());
}

function canonical(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  return fs.realpathSync(dataDir);
}

/**
 * Opens (or re-uses) the embedded database in `dataDir`. Synchronous on purpose: `db()` is synchronous.
 * Throws EmbeddedDatabaseBusyError when another process holds the directory.
 */
export function openEmbeddedDatabase(dataDir: string): EmbeddedDatabase {
  const dir = canonical(dataDir);
  const open = openDatabases();
  let entry = open.get(dir);
  if (!entry) {
    const lock = acquireEmbeddedLock(dir);
    try {
      entry = { pglite: new PGlite(path.join(dir, PGLITE_SUBDIR)), lock, refs: 0 };
    } catch (err) {
      lock.release();
      throw err;
    }
    open.set(dir, entry);
  }
  entry.refs++;
  const current = entry;
  let released = false;
  return {
    dataDir: dir,
    pglite: current.pglite,
    async release() {
      if (released) return;
      released = true;
      if (--current.refs > 0) return;
      open.delete(dir);
      try {
        await current.pglite.close();
      } finally {
        current.lock.release();
      }
    },
  };
}
