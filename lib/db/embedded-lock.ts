// One process at a time for the embedded database. PGlite is PostgreSQL in single-user mode inside this
// process: two processes writing the same data directory corrupt it, and PGlite itself does not check.
// So before opening it we create `<dataDir>/pglite.lock` atomically; whoever holds it owns the directory.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE_NAME = 'pglite.lock';

interface LockHolder {
  pid: number;
  /** Kernel start time of the process (Linux), so a recycled pid is not mistaken for the holder. */
  startTime: string | null;
  command: string;
  hostname: string;
  since: string;
  token: string;
}

export class EmbeddedDatabaseBusyError extends Error {
  readonly code = 'EMBEDDED_DATABASE_BUSY';
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
    readonly holderCommand: string,
  ) {
    super(
      `The embedded database in ${dataDir} is already open in another process ` +
        `(pid ${holderPid}: ${holderCommand}). The embedded database serves one process at a time: ` +
        `stop the other process (npm start / npm run dev?) or set DATABASE_URL to use PostgreSQL.`,
    );
    this.name = 'EmbeddedDatabaseBusyError';
  }
}

export interface EmbeddedLock {
  readonly file: string;
  /** Idempotent; removes the file only while it is still ours. */
  release(): void;
}

/** Field 22 of /proc/<pid>/stat; null where /proc does not exist (macOS, Windows). */
function processStartTime(pid: number | 'self'): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (holder.startTime === null) return true;
  const now = processStartTime(holder.pid);
  return now === null || now === holder.startTime;
}

function readHolder(file: string): LockHolder | 'missing' | 'corrupt' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw err;
  }
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    return typeof h.pid === 'number' && typeof h.token === 'string' ? (h as LockHolder) : 'corrupt';
  } catch {
    return 'corrupt';
  }
}

const HELD = Symbol.for('trust-center.embedded-lock.held');

/** Locks held by this process, on globalThis because Next.js may load this module twice. */
function heldLocks(): Set<EmbeddedLock> {
  const g = globalThis as { [HELD]?: Set<EmbeddedLock> };
  let held = g[HELD];
  if (!held) {
    const locks = new Set<EmbeddedLock>();
    // Only 'exit': a process killed by a signal leaves its lock behind, and the dead pid makes it stale.
    process.on('exit', () => {
      for (const lock of locks) lock.release();
    });
    held = g[HELD] = locks;
  }
  return held;
}

/**
 * Takes the lock for `dataDir` or throws EmbeddedDatabaseBusyError. A lock left by a dead process
 * (crash, kill -9) is taken over.
 */
export function acquireEmbeddedLock(dataDir: string): EmbeddedLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const me: LockHolder = {
    pid: process.pid,
    startTime: processStartTime('self'),
    command: process.argv.map((a, i) => (i === 0 ? path.basename(a) : a)).join(' '),
    hostname: os.hostname(),
    since: new Date().toISOString(),
    token: crypto.randomUUID(),
  };

  for (let attempt = 0; attempt < 5; attempt++) {
    // Write the content aside, then link it into place: link() fails if the name exists, so creation
    // is atomic and no reader ever sees a half-written lock.
    const tmp = `${file}.${process.pid}.${me.token}`;
    fs.writeFileSync(tmp, JSON.stringify(me, null, 2) + '\n');
    try {
      fs.linkSync(tmp, file);
      return track(file, me.token);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      fs.rmSync(tmp, { force: true });
    }

    const holder = readHolder(file);
    if (holder === 'missing') continue; // released meanwhile
    if (holder !== 'corrupt' && isAlive(holder)) {
      throw new EmbeddedDatabaseBusyError(dataDir, holder.pid, holder.command);
    }
    takeOverStale(file, holder === 'corrupt' ? null : holder.token);
  }
  throw new Error(`Could not take the lock ${file}: it keeps changing. Is another process starting up?`);
}

/**
 * Moves a stale lock out of the way. Two processes may both find the same stale lock; renaming is atomic,
 * and whoever renamed a lock that is not the stale one (the other process already replaced it) puts it
 * back.
 */
function takeOverStale(file: string, staleToken: string | null): void {
  const aside = `${file}.stale.${process.pid}.${crypto.randomUUID()}`;
  try {
    fs.renameSync(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const moved = readHolder(aside);
  const wasStale = moved === 'corrupt' || moved === 'missing' || moved.token === staleToken;
  if (!wasStale) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // Someone else holds it by now; the next attempt will report them.
    }
  }
  fs.rmSync(aside, { force: true });
}

function track(file: string, token: string): EmbeddedLock {
  const held = heldLocks();
  const lock: EmbeddedLock = {
    file,
    release() {
      held.delete(lock);
      const holder = readHolder(file);
      if (typeof holder === 'object' && holder.token === token) fs.rmSync(file, { force: true });
    },
  };
  held.add(lock);
  return lock;
}
