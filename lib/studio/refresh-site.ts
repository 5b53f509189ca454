import { rebuildContent } from '@/lib/content/site';
import { bumpPublicVersion } from '@/lib/http/public-version';
import { logger } from '@/lib/log';

// After a publish commits: a new snapshot (pages, navigation, search index) for this process — other
// processes notice through lib/studio/content-poll.ts — and the affected paths in Next's cache. A failed
// rebuild keeps the previous snapshot; validation before publishing is what prevents it.

export async function refreshPublicSite(routes: string[]): Promise<void> {
  try {
    await rebuildContent();
    // Cached public pages (lib/http/public-cache.mjs) are rendered again from the new snapshot.
    bumpPublicVersion('content');
  } catch (err) {
    logger.error(
      { err: { message: (err as Error)?.message } },
      'trust center content could not be rebuilt after publishing; the previous content is still served',
    );
  }
  try {
    const { revalidatePath } = await import('next/cache');
    for (const path of new Set([...routes, '/changelog', '/changelog/feed.xml', '/sitemap.xml', '/llms.txt']))
      revalidatePath(path);
  } catch {
    // Outside a request (the scheduled-publication worker, tests) there is no route cache to clear:
    // public pages render from the snapshot, which is already new.
  }
}
