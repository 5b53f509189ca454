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
export function ConsoleNav({ label, items }: { label: string; items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="space-y-1">
        {items.map((item) => {
          const current = pathname === item.href || (item.href !== items[0]?.href && pathname.startsWith(`${item.href}/`));
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
                    <span className="sr-only"> unread</span>
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
