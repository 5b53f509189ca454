import { z } from 'zod';
import type { TSection } from '@/lib/content/structured-data';
import type { DbTransaction, PrismaClient } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { OpenReviewRef, ReviewStatus, StudioPageSummary } from './dto';
import { localeName, localizedRoute } from './locales';
import { routeFor, studioSections } from './routes';

// Reading page rows for the studio: one include for everything a page summary shows, and the mapping to
// the DTO. Titles come from the frontmatter (published revision, else the draft of a new page).

type Client = PrismaClient | DbTransaction;

export const OPEN_REVIEW_STATUSES: ReviewStatus[] = ['PENDING', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED'];

export const pageInclude = {
  publishedRevision: {
    select: { id: true, number: true, source: true, frontmatter: true, publishedAt: true, sourceRevisionNumber: true },
  },
  draft: true,
  reviews: { where: { status: { in: OPEN_REVIEW_STATUSES } }, orderBy: { createdAt: 'desc' }, take: 1 },
} satisfies Prisma.ContentPageInclude;

export type PageRow = Prisma.ContentPageGetPayload<{ include: typeof pageInclude }>;

/** A live (not deleted) page by id; anything else — a malformed id, a deleted page — is NOT_FOUND. */
export async function findPage(client: Client, pageId: string): Promise<PageRow> {
  const page = z.uuid().safeParse(pageId).success
    ? await client.contentPage.findFirst({ where: { id: pageId, deletedAt: null }, include: pageInclude })
    : null;
  if (!page) throw new AppError('NOT_FOUND');
  return page;
}

/** The value of a frontmatter field read without the full parser (the draft may be half-written). */
export function frontmatterField(source: string, key: string): string | null {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const m = new RegExp(`^${key}:[ \\t]*(.+)$`, 'm').exec(fm);
  return m ? m[1]!.trim().replace(/^(['"])(.*)\1$/, '$2') : null;
}

export function pageTitle(page: Pick<PageRow, 'slug' | 'publishedRevision' | 'draft'>): string {
  const fm = page.publishedRevision?.frontmatter as { title?: string } | null | undefined;
  return fm?.title ?? (page.draft ? frontmatterField(page.draft.source, 'title') : null) ?? page.slug;
}

export function sectionByKey(key: string): TSection | null {
  return studioSections().find((s) => s.key === key) ?? null;
}

/** The page's public address; a translation's is its source page's under the language prefix (/de/…). */
export function pageRoute(page: { section: string; slug: string; locale?: string | null }): string {
  const section = sectionByKey(page.section);
  return localizedRoute(section ? routeFor(section, page.slug) : `/${page.section}/${page.slug}`, page.locale);
}

export async function userNames(client: Client, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (!unique.length) return new Map();
  const users = await client.user.findMany({
    where: { id: { in: unique } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((u) => [u.id, u.name || u.email]));
}

export function toPageSummary(page: PageRow, names: Map<string, string>): StudioPageSummary {
  const review = page.reviews[0];
  const openReview: OpenReviewRef | null = review
    ? { id: review.id, status: review.status, reviewerName: names.get(review.reviewerId) ?? 'A former member' }
    : null;
  return {
    id: page.id,
    route: pageRoute(page),
    section: page.section,
    slug: page.slug,
    order: page.order,
    title: pageTitle(page),
    hidden: page.hidden,
    published: !!page.publishedRevisionId,
    publishedAt: page.publishedAt?.toISOString() ?? null,
    hasDraft: !!page.draft,
    draftUpdatedAt: page.draft?.updatedAt.toISOString() ?? null,
    draftUpdatedBy: page.draft?.updatedByLabel ?? null,
    openReview,
    locale: page.locale,
    localeName: page.locale ? localeName(page.locale) : null,
    translationOfId: page.translationOfId,
    translations: [],
  };
}

/** toPageSummary for several pages, looking up reviewer names in one query. */
export async function pageSummaries(client: Client, pages: PageRow[]): Promise<StudioPageSummary[]> {
  const names = await userNames(
    client,
    pages.flatMap((p) => p.reviews.map((r) => r.reviewerId)),
  );
  return pages.map((p) => toPageSummary(p, names));
}
