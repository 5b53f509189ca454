import type { ReactNode } from 'react';
import { neighbours, type Site, type SitePage } from '@/lib/content/assemble-site';
import { FaqHashOpener } from '@/components/mdx/faq-hash-opener';
import { MdxContent } from '@/components/mdx/mdx-content';
import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { PageDates } from './page-dates';
import { Pager } from './pager';
import { TableOfContents } from './table-of-contents';
import { TocList } from './toc-list';

/** One content page: breadcrumbs, title, dates, the compiled body, previous/next, and "On this page". */
export function DocArticle({ site, page, title, eyebrow }: { site: Site; page: SitePage; title?: ReactNode; eyebrow?: string }) {
  const { previous, next } = neighbours(site, page.route);
  const crumbs: Crumb[] = [{ href: '/', label: 'Trust center' }];
  if (page.route !== '/') {
    if (page.section.path !== page.route) crumbs.push({ href: page.section.path, label: page.section.title });
    crumbs.push({ href: page.route, label: page.title });
  }
  const headings = page.compiled.headings;
  return (
    <div className="xl:grid xl:grid-cols-[minmax(0,1fr)_13rem] xl:gap-10">
      <article className="min-w-0 max-w-3xl">
        <Breadcrumbs items={crumbs} />
        <header className="border-b border-border pb-6">
          {eyebrow ? <p className="mb-2 text-sm font-medium tracking-wide text-fg-muted uppercase">{eyebrow}</p> : null}
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title ?? page.title}</h1>
          <p className="mt-3 text-lg text-fg-muted">{page.description}</p>
          <PageDates lastUpdated={page.lastUpdated} lastReviewed={page.lastReviewed} owner={page.owner} />
        </header>
        {headings.length > 1 ? (
          <details className="mt-6 rounded-md border border-border xl:hidden print:hidden">
            <summary className="cursor-pointer px-3 py-2 text-sm font-medium">On this page</summary>
            <nav aria-label="On this page (compact)" className="px-3 pb-3">
              <TocList headings={headings} />
            </nav>
          </details>
        ) : null}
        <div className="mt-2">
          <MdxContent page={page.compiled} />
        </div>
        <Pager previous={previous} next={next} />
      </article>
      {headings.length > 1 ? (
        <div className="hidden xl:block print:hidden">
          <nav aria-labelledby="toc-heading" className="sticky top-0 max-h-screen overflow-y-auto py-2">
            <p id="toc-heading" className="mb-3 text-sm font-semibold">
              On this page
            </p>
            <TableOfContents headings={headings} />
          </nav>
        </div>
      ) : null}
      <FaqHashOpener />
    </div>
  );
}
