import Link from 'next/link';
import type { NavSection } from '@/lib/content/assemble-site';
import { ChevronIcon } from '@/components/mdx/icons';

/**
 * The trust center's section navigation. Sections with several pages collapse (native <details>, so
 * keyboard and screen readers handle them without JavaScript); the current section starts open and the
 * current page is marked with aria-current (styled by .trust-nav-link in app/(trust)/trust.css: one short
 * class, because this list is rendered on every page, twice). Links do not prefetch: every page is rendered per request
 * (nonce CSP), and prefetching each visible link would multiply the server's work per page view.
 */
export function SidebarNav({ nav, current }: { nav: NavSection[]; current: string }) {
  return (
    <nav aria-label="Trust center">
      <ul className="space-y-1">
        {nav.map((section) => {
          const single = section.pages.length === 1 && section.pages[0]!.route === section.path;
          if (single) {
            const active = current === section.path;
            return (
              <li key={section.key}>
                <Link prefetch={false} href={section.path} aria-current={active ? 'page' : undefined} className="trust-nav-link">
                  {section.title}
                </Link>
              </li>
            );
          }
          const open = section.pages.some((p) => p.route === current);
          return (
            <li key={section.key}>
              <details open={open} className="group">
                <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-md px-3 py-1.5 text-sm font-medium text-fg hover:bg-bg-subtle [&::-webkit-details-marker]:hidden">
                  {section.title}
                  <ChevronIcon className="h-4 w-4 text-fg-muted transition-transform group-open:rotate-90" />
                </summary>
                <ul className="mt-1 ml-3 space-y-0.5 border-l border-border pl-2">
                  {section.pages.map((page) => {
                    const active = current === page.route;
                    const isIndex = page.route === section.path;
                    return (
                      <li key={page.route}>
                        <Link prefetch={false} href={page.route} aria-current={active ? 'page' : undefined} className="trust-nav-link">
                          {isIndex ? (
                            <>
                              Overview<span className="sr-only"> of {section.title}</span>
                            </>
                          ) : (
                            page.title
                          )}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
