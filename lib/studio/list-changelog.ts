import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZChangelogQuerySchema } from '@/lib/validation/studio';
import { cachedChangelog } from './changelog-cache';
import type { ChangelogItem } from './dto';

/** How many entries the public changelog keeps in memory; older ones are read on demand (?before=). */
const CACHED = 200;

async function load(before?: Date, take = CACHED): Promise<ChangelogItem[]> {
  const rows = await db().changelogEntry.findMany({
    where: { ...(before ? { publishedAt: { lt: before } } : {}), page: { deletedAt: null } },
    orderBy: { publishedAt: 'desc' },
    take,
  });
  return rows.map((r) => ({
    id: r.id,
    pageTitle: r.pageTitle,
    route: r.route,
    summary: r.summary,
    publishedAt: r.publishedAt.toISOString(),
  }));
}

/** Notable published changes, newest first, for /changelog and its Atom feed. Public: no context. */
export async function listChangelog(input: { limit?: number; before?: string } = {}): Promise<ChangelogItem[]> {
  const { limit, before } = parseInput(ZChangelogQuerySchema, input);
  const cached = await cachedChangelog(() => load());
  if (!before) return cached.slice(0, limit);
  const older = cached.filter((e) => e.publishedAt < new Date(before).toISOString());
  if (older.length >= limit || cached.length < CACHED) return older.slice(0, limit);
  return load(new Date(before), limit);
}
