import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZValidateSourceSchema } from '@/lib/validation/studio';
import { STUDIO } from './access';
import { siteWithPage } from './draft-site';
import type { ValidationResult } from './dto';
import { findPage } from './pages';

/** Checks the editor's text the way publishing will: compiled, then checked against the rest of the site. */
export async function validateSource(ctx: Ctx, input: { pageId: string; source: string }): Promise<ValidationResult> {
  await authorize(ctx, 'content:edit', STUDIO);
  const { pageId, source } = parseInput(ZValidateSourceSchema, input);
  const page = await findPage(db(), pageId);
  const result = await siteWithPage(page, source);
  return result.ok ? { ok: true } : { ok: false, issues: result.issues };
}
