import type { ReactNode } from 'react';
import type { NavSection } from '@/lib/content/assemble-site';
import { SearchDialogHost } from '@/components/search/search-dialog-host';
import { SearchLauncher } from '@/components/search/search-launcher';
import { SidebarNav } from './sidebar-nav';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { getCompiledMessages, pickNamespaces } from '@/lib/i18n/messages';

/**
 * The frame of every public page: the section sidebar, the search launcher and the main landmark.
 * `current` is the route to mark in the navigation. The navigation is rendered once for every screen
 * size (it was twice, and every copy is shipped twice: HTML and React payload): a "Menu" disclosure
 * above the content on small screens, the open left column from 64rem on (.trust-menu in trust.css).
 */
export async function TrustShell({
  nav,
  current,
  children,
}: {
  nav: NavSection[];
  current: string;
  children: ReactNode;
}) {
  // Routes are the default language's; links and the current mark carry this page's language prefix.
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'trust.nav');
  const ts = getTranslator(locale, 'search');
  const href = (route: string) => hrefIn(locale, route);
  const localNav = nav.map((s) => ({
    ...s,
    path: href(s.path),
    pages: s.pages.map((p) => ({ ...p, route: href(p.route) })),
  }));
  return (
    <div className="trust-frame">
      {/* The first paint waits until the page's content is parsed: painted early, the header showed alone and
          the whole page's layout ran again after the first paint, one long task on a slow phone. */}
      <link rel="expect" href="#main-end" blocking="render" />
      <aside aria-label={t('sections')} className="trust-sidebar print:hidden">
        <div className="trust-sidebar-inner">
          <SearchLauncher href={href('/search')} label={ts('launcher')} hiddenLabel={ts('launcherHidden')} />
          <details className="trust-menu">
            <summary>{t('menu')}</summary>
            <SidebarNav nav={localNav} current={href(current)} label={t('sectionNav')} />
          </details>
        </div>
      </aside>
      <div className="min-w-0 flex-1">
        <main id="main" tabIndex={-1} className="py-8 outline-none">
          {children}
        </main>
        <span id="main-end" hidden />
      </div>
      <SearchDialogHost messages={pickNamespaces(getCompiledMessages(locale), ['search.dialog'])} />
    </div>
  );
}
