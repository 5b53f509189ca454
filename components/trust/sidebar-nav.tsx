import crypto from 'node:crypto';
import Link from 'next/link';
import type { NavSection } from '@/lib/content/assemble-site';
import { StaticHtml } from './static-html';

// Only the current page's link carries aria-current; the others carry no attribute at all (not even an
// undefined one, which the payload would spell out). Links are styled by `.trust-menu nav a`.
const current_ = { 'aria-current': 'page' } as const;

/**
 * The trust center's section navigation. Sections with several pages collapse (native <details>, so
 * keyboard and screen readers handle them without JavaScript); the current section starts open and the
 * current page is marked with aria-current (styled by `.trust-menu nav a` and .trust-nav-section in
 * app/(trust)/trust.css: short classes and a CSS chevron, because this list is on every page and shipped
 * twice, as HTML and as React payload). Links do not prefetch: every page is rendered per request
 * (nonce CSP), and prefetching each visible link would multiply the server's work per page view.
 */
export function SidebarNav({ nav, current, label }: { nav: NavSection[]; current: string; label: string }) {
  // Sent once, as HTML, in a cached page (static-html.tsx); the id names exactly what the list shows.
  const id = `nav-${crypto
    .createHash('sha256')
    .update(JSON.stringify([nav, current]))
    .digest('hex')
    .slice(0, 24)}`;
  return (
    <nav aria-label={label}>
      <StaticHtml id={id}>
        <ul className="space-y-1">
          {nav.map((section) => {
            const single = section.pages.length === 1 && section.pages[0]!.route === section.path;
            if (single) {
              const active = current === section.path;
              return (
                <li key={section.key}>
                  <Link prefetch={false} href={section.path} {...(active ? current_ : null)}>
                    {section.title}
                  </Link>
                </li>
              );
            }
            const open = section.pages.some((p) => p.route === current);
            return (
              <li key={section.key}>
                <details open={open} className="trust-nav-section">
                  <summary>{section.title}</summary>
                  <ul>
                    {section.pages.map((page, i) => {
                      const active = current === page.route;
                      const isIndex = page.route === section.path;
                      return (
                        // A fixed list, never reordered in the browser: the index is key enough (the route would be shipped again).
                        <li key={i}>
                          <Link prefetch={false} href={page.route} {...(active ? current_ : null)}>
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
      </StaticHtml>
    </nav>
  );
}
