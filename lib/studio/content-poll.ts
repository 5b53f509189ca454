import { loadedStoredFingerprint, rebuildContent } from '@/lib/content/site';
import { logger } from '@/lib/log';
import { invalidateChangelog } from './changelog-cache';
import { storedPagesFingerprint } from './site-source';

// With several server processes (PostgreSQL), a publish rebuilds the snapshot only in the process that
// handled it. Every process asks the database every few seconds for a two-number fingerprint of the pages
// (count, newest updatedAt) and rebuilds when it differs from what its snapshot was built from.

const INTERVAL_MS = 5_000;

/** One check; true when the snapshot was rebuilt. */
export async function pollContentOnce(): Promise<boolean> {
  const loaded = loadedStoredFingerprint();
  if (loaded === undefined) return false; // no snapshot yet: the first visitor's load reads the database
  const now = await storedPagesFingerprint();
  const empty = now.startsWith('0:');
  if ((loaded === null && empty) || loaded === now) return false;
  invalidateChangelog();
  await rebuildContent();
  return true;
}

export function startContentPoll(): void {
  const KEY = Symbol.for('trust-center.content-poll');
  const g = globalThis as { [KEY]?: NodeJS.Timeout };
  if (g[KEY]) return;
  let running = false;
  g[KEY] = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      if (await pollContentOnce()) logger.info('trust center content changed in another process: snapshot rebuilt');
    } catch (err) {
      logger.warn({ err: { message: (err as Error).message } }, 'content poll failed');
    } finally {
      running = false;
    }
  }, INTERVAL_MS);
  g[KEY].unref();
}
