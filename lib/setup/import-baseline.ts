import type { PrismaClient } from '@/lib/db';
import { importContent } from '@/lib/studio/import-content';
import { importRegisterBaseline } from '@/lib/subprocessors/import-baseline';

/**
 * The trust center's content baseline, as `npm run content:import -- --if-empty` loads it: the pages of
 * content/pages as published revisions and the sub-processor register. Run right after the first-run
 * setup, so its events follow the setup in the new vendor's chain.
 */
export async function importTrustCenterBaseline(
  client: PrismaClient,
): Promise<{ pages: number; subprocessors: number }> {
  let pages = 0;
  if ((await client.contentPage.count()) === 0) pages = (await importContent({ client })).pagesCreated;
  const register = await importRegisterBaseline(client);
  return { pages, subprocessors: register.imported };
}
