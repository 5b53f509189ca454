import { loadedStoredFingerprint, rebuildContent } from '@/lib/content/site';
import { logger } from '@/lib/log';
import { invalidateChangelog } from './changelog-cache';
import { storedPagesFingerprint } from './site-source';
import { every } from '@/lib/jobs/every';
import { db } from '@/lib/db';
import { bumpPublicVersion } from '@/lib/http/public-version';
import { invalidateRegisterCache, readVersion as registerVersion } from '@/lib/subprocessors/register';
import { pollAnswersOnce } from '@/lib/answers/corpus';

// With several server processes (PostgreSQL), a publish rebuilds the snapshot only in the process that
// handled it. Every process asks the database every few seconds for a two-number fingerprint of the pages
// (count, newest updatedAt) and rebuilds when it differs from what its snapshot was built from.

// One second (four indexed aggregates): a publish in another process must show within 5 s, and that
// includes rebuilding the snapshot and re-rendering the cached page, which take seconds on a busy machine.
const INTERVAL_MS = 1_000;

/** One check; true when the snapshot was rebuilt. */
export async function pollContentOnce(): Promise<boolean> {
  const loaded = loadedStoredFingerprint();
  if (loaded === undefined) return false; // no snapshot yet: the first visitor's load reads the database
  const now = await storedPagesFingerprint();
  const empty = now.startsWith('0:');
  if ((loaded === null && empty) || loaded === now) return false;
  invalidateChangelog();
  await rebuildContent();
  bumpPublicVersion('content');
  return true;
}

// The register and the document library are read from the database per render, and rendered pages are
// cached (lib/http/public-cache.mjs): a change another process made must drop them here too.
const seen: { register?: string; documents?: string } = {};

async function documentsFingerprint(): Promise<string> {
  const [docs, files] = await Promise.all([
    db().document.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db().documentFile.aggregate({ _count: { _all: true }, _max: { createdAt: true } }),
  ]);
  return `${docs._count._all}:${docs._max.updatedAt?.getTime() ?? 0}:${files._count._all}:${files._max.createdAt?.getTime() ?? 0}`;
}

/** One check of the register and the documents; true when cached public pages were invalidated. */
export async function pollPublicDataOnce(): Promise<boolean> {
  const [register, documents] = await Promise.all([registerVersion(), documentsFingerprint()]);
  const registerChanged = seen.register !== undefined && seen.register !== register;
  const documentsChanged = seen.documents !== undefined && seen.documents !== documents;
  seen.register = register;
  seen.documents = documents;
  if (registerChanged) invalidateRegisterCache();
  if (documentsChanged) bumpPublicVersion('content');
  return registerChanged || documentsChanged;
}

export function startContentPoll(): void {
  every('content poll', INTERVAL_MS, async () => {
    if (await pollContentOnce()) logger.info('trust center content changed in another process: snapshot rebuilt');
    if (await pollPublicDataOnce())
      logger.info('register or documents changed: cached public pages are rendered again');
    // The answer library (issue 17): an entry published in another process rebuilds this one's matcher.
    if (await pollAnswersOnce()) logger.info('answer library changed in another process: matcher dropped');
  });
}
