// What the studio's use-cases return (never Prisma rows). Shared with the studio UI
// (app/(studio)/studio/pages|reviews|settings); dates are ISO strings so they cross the server/client line.
import type { Site, SitePage } from '@/lib/content/assemble-site';

export type ReviewStatus = 'PENDING' | 'CHANGES_REQUESTED' | 'APPROVED' | 'SCHEDULED' | 'PUBLISHED' | 'WITHDRAWN';

export interface OpenReviewRef {
  id: string;
  status: ReviewStatus;
  reviewerName: string;
}

export interface StudioPageSummary {
  id: string;
  /** Public path: /security/encryption; a section's index page is the section's path. */
  route: string;
  section: string;
  slug: string;
  order: number;
  title: string;
  hidden: boolean;
  published: boolean;
  publishedAt: string | null;
  hasDraft: boolean;
  draftUpdatedAt: string | null;
  draftUpdatedBy: string | null;
  openReview: OpenReviewRef | null;
  /** Null for a default-language page; a translation's language code otherwise. */
  locale: string | null;
  localeName: string | null;
  /** A translation's default-language page. */
  translationOfId: string | null;
  /** A default-language page's translations, one per configured language (lib/studio/translations.ts). */
  translations: TranslationSummary[];
}

/** not_started: no translation yet; outdated: published, but the source page has published a later revision. */
export type TranslationState = 'not_started' | 'draft' | 'in_review' | 'published' | 'outdated';

export interface TranslationSummary {
  locale: string;
  localeName: string;
  /** The translation's own page id (null before it is started). */
  pageId: string | null;
  state: TranslationState;
  /** Published and made from an earlier source revision than the one published now. */
  outdated: boolean;
  /** The source revision the published translation was made from. */
  basedOn: number | null;
  /** The source page's published revision now. */
  sourceRevision: number | null;
  route: string;
}

/** A translation's editor: its source page and, when outdated, what changed in the source since. */
export interface TranslationContext {
  locale: string;
  localeName: string;
  sourcePage: { id: string; title: string; route: string };
  /** The source revision the draft (else the published translation) is made from. */
  basedOn: number | null;
  /** The source page's published revision now. */
  sourceRevision: { number: number; source: string; publishedAt: string } | null;
  outdated: boolean;
  /** The published translation is outdated (the draft may already be made from the current source). */
  publishedOutdated: boolean;
  /** The source text at `basedOn`, for the diff to the current source (null when not outdated). */
  baseSource: string | null;
}

export interface StudioSection {
  key: string;
  title: string;
  path: string;
  pages: StudioPageSummary[];
}

export interface StudioTree {
  sections: StudioSection[];
}

export interface SourceIssue {
  line: number;
  message: string;
}

export type ValidationResult = { ok: true } | { ok: false; issues: SourceIssue[] };

export interface DraftState {
  source: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface PublishedState {
  revisionId: string;
  number: number;
  source: string;
  publishedAt: string;
}

export interface ReviewSummary {
  id: string;
  pageId: string;
  pageTitle: string;
  route: string;
  status: ReviewStatus;
  requestedBy: string;
  reviewer: string;
  createdAt: string;
  notable: boolean;
  summary: string | null;
  scheduledFor: string | null;
  revisionNumber: number;
}

export interface EditablePage {
  page: StudioPageSummary;
  draft: DraftState | null;
  published: PublishedState | null;
  openReview: ReviewSummary | null;
  sections: { key: string; title: string }[];
  /** Set when the page is a translation. */
  translation: TranslationContext | null;
}

export interface SavedDraft {
  version: number;
  savedAt: string;
}

/** details of AppError('CONFLICT') thrown by saveDraft / discardDraft / restoreRevision / requestReview. */
export interface DraftConflict {
  version: number;
  updatedBy: string;
  updatedAt: string;
  source: string;
}

export type DraftPreview = { ok: true; site: Site; page: SitePage } | { ok: false; issues: SourceIssue[] };

export interface ReviewerOption {
  id: string;
  name: string;
  email: string;
  canPublish: boolean;
}

export type ReviewFilter = 'assigned-to-me' | 'requested-by-me' | 'open' | 'all';

export interface ReviewComment {
  id: string;
  author: string;
  /** comment | approved | changes_requested | withdrawn | published | scheduled | schedule_cancelled */
  kind: string;
  body: string;
  createdAt: string;
}

export interface ReviewDetail extends ReviewSummary {
  message: string;
  revision: { id: string; number: number; source: string };
  published: { number: number; source: string } | null;
  comments: ReviewComment[];
  canApprove: boolean;
  canPublish: boolean;
  /** Why the caller cannot publish now (not approved yet, four-eyes rule…), null when they can. */
  publishBlockedReason: string | null;
}

export interface RevisionSummary {
  id: string;
  number: number;
  message: string;
  author: string;
  createdAt: string;
  publishedAt: string | null;
  publishedBy: string | null;
  /** import | review | restore */
  origin: string;
  isPublished: boolean;
}

export interface RevisionDetail extends RevisionSummary {
  pageId: string;
  pageTitle: string;
  route: string;
  source: string;
  /** The source of the revision before it (number - 1), for the diff; null for the first. */
  previousSource: string | null;
}

export interface StudioSettings {
  fourEyesPublishing: boolean;
}

export interface ChangelogItem {
  id: string;
  pageTitle: string;
  route: string;
  summary: string;
  publishedAt: string;
}
