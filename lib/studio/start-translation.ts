import { authorize } from '@/lib/access/authorize';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZStartTranslationSchema } from '@/lib/validation/studio';
import { authorName, STUDIO } from './access';
import { contentLocales, isTranslationLocale, localeName } from './locales';
import { findPage, pageRoute, pageTitle } from './pages';

/**
 * Starts the page's translation into a configured language: a translation page (placed where its source
 * is) with a draft prefilled with the source's published text, made from that revision. From there it
 * is edited, reviewed and published like any page. Starting one that exists opens it instead.
 */
export async function startTranslation(ctx: Ctx, input: { pageId: string; locale: string }): Promise<{ id: string }> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  const { pageId, locale } = parseInput(ZStartTranslationSchema, input);
  if (!isTranslationLocale(locale))
    throw new AppError('TRANSLATION_LOCALE_UNKNOWN', { locale, locales: contentLocales().join(',') });
  return db().$transaction(async (tx) => {
    const source = await findPage(tx, pageId);
    if (source.translationOfId) throw new AppError('TRANSLATION_OF_TRANSLATION');
    if (!source.publishedRevision) throw new AppError('TRANSLATION_SOURCE_UNPUBLISHED');
    const existing = await tx.contentPage.findFirst({
      where: { translationOfId: source.id, locale, deletedAt: null },
      select: { id: true },
    });
    if (existing) return { id: existing.id };
    const page = await tx.contentPage.create({
      data: {
        section: source.section,
        slug: source.slug,
        order: source.order,
        hidden: source.hidden,
        locale,
        translationOfId: source.id,
      },
    });
    await tx.contentDraft.create({
      data: {
        pageId: page.id,
        source: source.publishedRevision.source,
        version: 1,
        sourceRevisionNumber: source.publishedRevision.number,
        contributorIds: [staff.session.user.id],
        updatedById: staff.session.user.id,
        updatedByLabel: authorName(staff),
      },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'content.translation.started',
      actor: staff.actor,
      target: { type: 'content_page', id: page.id, label: `${pageTitle(source)} (${pageRoute(page)})` },
      changes: {
        locale,
        language: localeName(locale),
        sourcePageId: source.id,
        sourceRevision: source.publishedRevision.number,
      },
      meta: ctx.meta,
    });
    return { id: page.id };
  });
}
