import { recordAudit } from '@/lib/audit/record';
import { readFrontmatter } from '@/lib/content/frontmatter';
import { db, type PrismaClient } from '@/lib/db';
import { createRevision } from './revisions';
import { vendorOrganizationId } from './vendor';

// The demo shows an outdated translation (issue 18): after content:import, the English sub-processor
// policy page gets one later published revision, so its German translation (imported from
// content/pages/de/…) is made from an older source revision than the one published — the studio marks it
// outdated with the diff, the public German page carries the notice. Once per database: the revision's
// message marks it. No server-only imports: scripts/content-import.ts runs it.

export const DEMO_OUTDATED_MESSAGE = 'Demo: a later English revision, so the German translation shows as outdated';
const SECTION = 'data-protection';
const SLUG = 'subprocessors';

/** The added paragraph: a real-sounding change a translator would have to carry over. */
export const DEMO_OUTDATED_PARAGRAPH =
  'Since November 2026 every change notice states the objection deadline in its first line, so your procurement team sees at a glance how long it has to respond.';

/** Makes the German sub-processor policy page outdated once; false when there is nothing to do. */
export async function outdateDemoTranslation(client: PrismaClient = db(), locale = 'de'): Promise<boolean> {
  return client.$transaction(async (tx) => {
    const source = await tx.contentPage.findFirst({
      where: { section: SECTION, slug: SLUG, deletedAt: null, translationOfId: null },
      include: { publishedRevision: true },
    });
    if (!source?.publishedRevision) return false;
    const translation = await tx.contentPage.findFirst({
      where: { translationOfId: source.id, locale, deletedAt: null },
      include: { publishedRevision: { select: { sourceRevisionNumber: true } } },
    });
    if (translation?.publishedRevision?.sourceRevisionNumber !== source.publishedRevision.number) return false;
    const done = await tx.contentRevision.count({ where: { pageId: source.id, message: DEMO_OUTDATED_MESSAGE } });
    if (done) return false;
    const text = source.publishedRevision.source.replace(/\n## /, `\n${DEMO_OUTDATED_PARAGRAPH}\n\n## `);
    const fm = readFrontmatter(text);
    if (text === source.publishedRevision.source || !fm.ok) return false;
    const at = new Date();
    const revision = await createRevision(tx, {
      pageId: source.id,
      source: text,
      frontmatter: fm.data,
      message: DEMO_OUTDATED_MESSAGE,
      authorId: null,
      authorLabel: 'Demo data',
      contributorIds: [],
      origin: 'import',
      publishedAt: at,
    });
    await tx.contentPage.update({
      where: { id: source.id },
      data: { publishedRevisionId: revision.id, publishedAt: at },
    });
    await recordAudit(tx, {
      organizationId: await vendorOrganizationId(tx),
      action: 'content.page.published',
      actor: { type: 'SYSTEM', id: null, label: 'demo data' },
      target: { type: 'content_page', id: source.id, label: `Sub-processors (/${SECTION}/${SLUG})` },
      changes: { revision: revision.number, previousRevision: source.publishedRevision.number, demo: true },
      meta: { ip: null, userAgent: null, requestId: null },
    });
    return true;
  });
}
