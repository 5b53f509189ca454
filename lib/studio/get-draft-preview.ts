import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZPageRefSchema } from '@/lib/validation/studio';
import { STUDIO } from './access';
import { siteWithPage } from './draft-site';
import { workingSource } from './drafts';
import type { DraftPreview } from './dto';
import { findPage } from './pages';

/**
 * The saved draft (or the published text) rendered by the public pipeline into a site in which only this
 * page differs: <TrustShell nav={site.nav}><DocArticle site page/></TrustShell> shows what prospects will see.
 */
export async function getDraftPreview(ctx: Ctx, input: { pageId: string }): Promise<DraftPreview> {
  await authorize(ctx, 'content:edit', STUDIO);
  const { pageId } = parseInput(ZPageRefSchema, input);
  const page = await findPage(db(), pageId);
  return siteWithPage(page, workingSource(page));
}
