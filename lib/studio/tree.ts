import { assembleSite, type PageSource } from '@/lib/content/assemble-site';
import { ContentError } from '@/lib/content/content-error';
import { getSite, sourcesOf } from '@/lib/content/site';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { fieldMessage } from '@/lib/messages/errors';
import type { PageRow } from './pages';
import { pageFileFor, routeFor, sectionOf } from './routes';

// Changes to the page tree (rename, move, reorder, hide, delete) apply to the public site at once. Each is
// first tried on a copy of the current site, so a change that would break a link is refused with the
// pages to fix, instead of leaving the site unable to rebuild.

export function assertNotSectionPage(page: Pick<PageRow, 'slug'>, what: string): void {
  if (page.slug === 'index') throw new AppError('SECTION_INDEX_PAGE_FIXED', { what });
}

export async function assertSlugFree(
  tx: DbTransaction,
  section: string,
  slug: string,
  exceptId?: string,
): Promise<void> {
  const taken = await tx.contentPage.findFirst({
    where: { section, slug, deletedAt: null, translationOfId: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new AppError('VALIDATION', undefined, { slug: [fieldMessage('PAGE_SLUG_TAKEN')] });
}

export async function nextOrder(tx: DbTransaction, section: string): Promise<number> {
  const last = await tx.contentPage.findFirst({
    where: { section, deletedAt: null, translationOfId: null },
    orderBy: { order: 'desc' },
    select: { order: true },
  });
  return (last?.order ?? 0) + 1;
}

/** Where a published page would live after the change: its route and source entry. */
export function placed(page: Pick<PageRow, 'section' | 'slug'>) {
  const section = sectionOf(page.section);
  return { route: routeFor(section, page.slug), file: `content/pages/${pageFileFor(section, page.slug)}` };
}

/**
 * Applies `change` to the current site's page sources and assembles the result; refuses (VALIDATION,
 * listing every problem) when the site would be broken.
 */
export async function assertSiteStillValid(change: (sources: PageSource[]) => PageSource[]): Promise<void> {
  const current = await getSite();
  try {
    assembleSite(change(sourcesOf(current)), current.data);
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    const linking = err.issues.filter((i) => /points to no (page|heading)/.test(i.message));
    throw linking.length
      ? new AppError('PAGE_LINKED_FROM_OTHERS', { files: [...new Set(linking.map((i) => i.file))].join(', ') })
      : new AppError('SITE_WOULD_BREAK', {
          problems: err.issues.map((i) => `${i.file}:${i.line} ${i.message}`).join(' '),
        });
  }
}
