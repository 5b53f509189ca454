'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface NavItem {
  href: string;
  label: string;
  /** A count shown next to the label, e.g. unread notifications. */
  badge?: number;
}

/** Side navigation of the account console and the studio; items the user may not use are never passed in. */
export function ConsoleNav({
  label,
  items,
  unreadLabel = 'unread',
}: {
  label: string;
  items: NavItem[];
  unreadLabel?: string;
}) {
  const pathname = usePathname();
  const matches = (href: string) => pathname === href || (href !== items[0]?.href && pathname.startsWith(`${href}/`));
  // Nested entries (Sub-processors › Objections): only the most specific match is current.
  const currentHref = items.filter((i) => matches(i.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label}>
      <ul className="space-y-1">
        {items.map((item) => {
          const current = item.href === currentHref;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`block rounded-md px-3 py-2 text-sm no-underline ${current ? 'bg-bg-subtle font-semibold text-fg' : 'text-fg hover:bg-bg-subtle'}`}
              >
                {item.label}
                {item.badge ? (
                  <span className="ml-2 rounded-full bg-brand px-2 py-0.5 text-xs font-semibold text-white">
                    <span className="sr-only">, </span>
                    {item.badge}
                    <span className="sr-only"> {unreadLabel}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
