import { loadedStoredFingerprint, rebuildContent } from '@/lib/content/site';
import { logger } from '@/lib/log';
import { invalidateChangelog } from './changelog-cache';
import { storedPagesFingerprint } from './site-source';
import { every } from '@/lib/jobs/every';

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
  every('content poll', INTERVAL_MS, async () => {
    if (await pollContentOnce()) logger.info('trust center content changed in another process: snapshot rebuilt');
  });
}
