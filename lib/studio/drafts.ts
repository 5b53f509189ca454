import { AppError } from '@/lib/errors';
import type { DraftConflict } from './dto';
import type { PageRow } from './pages';

// Optimistic locking of drafts: every save names the version it started from; a different current
// version means someone else saved in between, and the caller gets their text to compare, not a loss.

export function draftConflict(page: Pick<PageRow, 'draft' | 'publishedRevision'>): AppError {
  if (!page.draft) {
    const details: DraftConflict = {
      version: 0,
      updatedBy: 'someone',
      updatedAt: new Date().toISOString(),
      source: page.publishedRevision?.source ?? '',
    };
    return new AppError(
      'DRAFT_GONE_WHILE_EDITING',
      undefined,
      undefined,
      details as unknown as Record<string, unknown>,
    );
  }
  const details: DraftConflict = {
    version: page.draft.version,
    updatedBy: page.draft.updatedByLabel,
    updatedAt: page.draft.updatedAt.toISOString(),
    source: page.draft.source,
  };
  return new AppError(
    'DRAFT_CHANGED_BY_OTHER',
    { name: details.updatedBy },
    undefined,
    details as unknown as Record<string, unknown>,
  );
}

/** Throws CONFLICT unless the draft is at the version the caller started from (0: no draft yet). */
export function assertDraftVersion(page: Pick<PageRow, 'draft' | 'publishedRevision'>, expectedVersion: number): void {
  if ((page.draft?.version ?? 0) !== expectedVersion) throw draftConflict(page);
}

/** The text the editor starts from: the draft, else the published source. */
export function workingSource(page: Pick<PageRow, 'draft' | 'publishedRevision'>): string {
  return page.draft?.source ?? page.publishedRevision?.source ?? '';
}
