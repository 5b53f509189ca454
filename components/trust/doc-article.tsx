import type { ReactNode } from 'react';
import { neighbours, type Site, type SitePage } from '@/lib/content/assemble-site';
import { MdxContent } from '@/components/mdx/mdx-content';
import { Breadcrumbs, HOME_CRUMB, type Crumb } from './breadcrumbs';
import { PageDates } from './page-dates';
import { StaticHtml } from './static-html';
import { Pager } from './pager';
import { TocList } from './toc-list';
import { DocArticleEffects } from './doc-article-effects';
import { TranslationNotice } from './translation-notice';
import { getConfig } from '@/lib/config';
import { getTranslator } from '@/lib/i18n/translator';
import { localePath } from '@/lib/i18n/paths';

/** One content page: breadcrumbs, title, dates, the compiled body, previous/next, and "On this page". */
export function DocArticle({
  site,
  page,
  title,
  eyebrow,
}: {
  site: Site;
  page: SitePage;
  title?: ReactNode;
  eyebrow?: string;
}) {
  const { previous, next } = neighbours(site, page.route);
  const { locales } = getConfig();
  const locale = page.locale ?? locales.default;
  const href = (route: string) => localePath(locale, route, { locales: locales.list, defaultLocale: locales.default });
  const t = getTranslator(locale, 'trust');
  // A page shown in the default language's text (not translated yet) says so to assistive technology too.
  const textLang = page.translation === 'fallback' ? locales.default : undefined;
  const crumbs: Crumb[] = [HOME_CRUMB];
  if (page.route !== '/') {
    if (page.section.path !== page.route) crumbs.push({ href: page.section.path, label: page.section.title });
    crumbs.push({ href: page.route, label: page.title });
  }
  const headings = page.compiled.headings;
  // One "On this page" for every screen size (.trust-toc in app/(trust)/trust.css): a disclosure under the
  // header on small screens, the sticky right-hand column from 80rem on. Rendering it once (it was twice,
  // plus its headings as a client component's props) keeps every page's HTML and payload lighter.
  return (
    <article className="trust-doc">
      <Breadcrumbs items={crumbs} />
      <header className="border-b border-border pb-6">
        {eyebrow ? <p className="mb-2 text-sm font-medium tracking-wide text-fg-muted uppercase">{eyebrow}</p> : null}
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl" lang={title ? undefined : textLang}>
          {title ?? page.title}
        </h1>
        <p className="mt-3 text-lg text-fg-muted" lang={textLang}>
          {page.description}
        </p>
        <PageDates
          lastUpdated={page.lastUpdated}
          lastReviewed={page.lastReviewed}
          owner={page.owner}
          locale={locale}
          labels={{
            lastUpdated: t('dates.lastUpdated'),
            lastReviewed: t('dates.lastReviewed'),
            owner: t('dates.owner'),
          }}
        />
        <TranslationNotice page={page} locale={locale} />
      </header>
      {headings.length > 1 ? (
        // Focusable: on wide screens it is a sticky list that scrolls when a page has many (long) headings,
        // and its links sit in a <details> that axe treats as closed (scrollable-region-focusable).
        <details className="trust-toc print:hidden" tabIndex={0} aria-label={t('nav.onThisPage')}>
          <summary>{t('nav.onThisPage')}</summary>
          <nav aria-label={t('nav.onThisPage')} id="toc">
            {/* The title the wide layout shows above the list (the summary's words; the nav is named already). */}
            <p className="trust-toc-title" aria-hidden="true">
              {t('nav.onThisPage')}
            </p>
            <TocList headings={headings} />
          </nav>
        </details>
      ) : null}
      {/* Sent once, as HTML, in a cached page (static-html.tsx): the body is most of a page's weight. */}
      <div lang={textLang}>
        <StaticHtml id={`body-${locale}-${page.compiled.hash.slice(0, 24)}`} className="trust-prose mt-2">
          <MdxContent page={page.compiled} />
        </StaticHtml>
      </div>
      <Pager
        previous={previous && { route: href(previous.route), title: previous.title }}
        next={next && { route: href(next.route), title: next.title }}
        labels={{ nav: t('nav.pager'), previous: t('nav.previous'), next: t('nav.next') }}
      />
      <DocArticleEffects tocListId={headings.length > 1 ? 'toc' : undefined} />
    </article>
  );
}
