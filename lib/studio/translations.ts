import type { DbTransaction, PrismaClient } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TranslationContext, TranslationState, TranslationSummary } from './dto';
import { localeName, translationLocales } from './locales';
import { OPEN_REVIEW_STATUSES, pageInclude, pageRoute, pageTitle } from './pages';

// Translations are page rows of their own (locale + translationOfId), so drafts, reviews, revisions,
// history, restore and four-eyes publishing are the pages' own code paths. What is particular to them
// lives here: their place in the tree belongs to the source page, and a published translation made from
// an older source revision than the one published now is outdated.

type Client = PrismaClient | DbTransaction;

/** Renaming, moving, reordering, hiding and deleting belong to the source page: refused on a translation. */
export function assertNotTranslation(page: { translationOfId: string | null }): void {
  if (page.translationOfId) throw new AppError('TRANSLATION_PLACE_FIXED');
}

/** Keeps the translations' copies of the page's place in step with the page (same transaction). */
export async function syncTranslationPlacement(
  tx: DbTransaction,
  pageId: string,
  data: { section?: string; slug?: string; order?: number; hidden?: boolean; deletedAt?: Date },
): Promise<void> {
  await tx.contentPage.updateMany({ where: { translationOfId: pageId, deletedAt: null }, data });
}

/** Outdated: published, and made from a source revision older than the source's published one. */
export function isOutdated(basedOn: number | null | undefined, sourceRevision: number | null | undefined): boolean {
  return basedOn != null && sourceRevision != null && basedOn < sourceRevision;
}

export function translationState(t: {
  published: boolean;
  hasDraft: boolean;
  inReview: boolean;
  outdated: boolean;
}): TranslationState {
  if (t.inReview) return 'in_review';
  if (t.hasDraft) return 'draft';
  if (t.published) return t.outdated ? 'outdated' : 'published';
  return 'not_started';
}

/** Every configured language's translation state for each of the given default-language pages. */
export async function translationSummaries(
  client: Client,
  sources: { id: string; section: string; slug: string; publishedRevision: { number: number } | null }[],
): Promise<Map<string, TranslationSummary[]>> {
  const locales = translationLocales();
  const out = new Map<string, TranslationSummary[]>();
  if (!sources.length || !locales.length) return out;
  const rows = await client.contentPage.findMany({
    where: { translationOfId: { in: sources.map((s) => s.id) }, deletedAt: null, locale: { in: locales } },
    select: {
      id: true,
      locale: true,
      translationOfId: true,
      draft: { select: { id: true } },
      publishedRevision: { select: { sourceRevisionNumber: true } },
      reviews: { where: { status: { in: OPEN_REVIEW_STATUSES } }, select: { id: true }, take: 1 },
    },
  });
  for (const source of sources) {
    out.set(
      source.id,
      locales.map((locale): TranslationSummary => {
        const row = rows.find((r) => r.translationOfId === source.id && r.locale === locale);
        const basedOn = row?.publishedRevision?.sourceRevisionNumber ?? null;
        const sourceRevision = source.publishedRevision?.number ?? null;
        const outdated = !!row?.publishedRevision && isOutdated(basedOn, sourceRevision);
        return {
          locale,
          localeName: localeName(locale),
          pageId: row?.id ?? null,
          state: translationState({
            published: !!row?.publishedRevision,
            hasDraft: !!row?.draft,
            inReview: !!row?.reviews.length,
            outdated,
          }),
          outdated,
          basedOn,
          sourceRevision,
          route: pageRoute({ ...source, locale }),
        };
      }),
    );
  }
  return out;
}

/** The editor's view of a translation: its source page, the revision it is made from and what changed since. */
export async function translationContext(
  client: Client,
  page: {
    locale: string | null;
    translationOfId: string | null;
    draft: { sourceRevisionNumber: number | null } | null;
    publishedRevision: { sourceRevisionNumber: number | null } | null;
  },
): Promise<TranslationContext | null> {
  if (!page.translationOfId || !page.locale) return null;
  const source = await client.contentPage.findUniqueOrThrow({
    where: { id: page.translationOfId },
    include: pageInclude,
  });
  const basedOn = page.draft?.sourceRevisionNumber ?? page.publishedRevision?.sourceRevisionNumber ?? null;
  const current = source.publishedRevision;
  const outdated = isOutdated(basedOn, current?.number);
  const base = outdated
    ? await client.contentRevision.findUnique({
        where: { pageId_number: { pageId: source.id, number: basedOn! } },
        select: { source: true },
      })
    : null;
  return {
    locale: page.locale,
    localeName: localeName(page.locale),
    sourcePage: { id: source.id, title: pageTitle(source), route: pageRoute(source) },
    basedOn,
    sourceRevision: current
      ? {
          number: current.number,
          source: current.source,
          publishedAt: (current.publishedAt ?? source.publishedAt ?? new Date()).toISOString(),
        }
      : null,
    outdated,
    publishedOutdated: isOutdated(page.publishedRevision?.sourceRevisionNumber, current?.number),
    baseSource: base?.source ?? null,
  };
}
