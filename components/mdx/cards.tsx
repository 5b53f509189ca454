import Link from 'next/link';
import type { ReactNode } from 'react';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';

/** <CardGrid>: a grid of <Card> links. */
export function CardGrid({ children }: { children: ReactNode }) {
  return <ul className="my-6 grid list-none gap-4 p-0 sm:grid-cols-2">{children}</ul>;
}

/** <Card title="…" href="…">: the whole card is one link, named by its title (.trust-card in app/(trust)/trust.css). */
export async function Card({ title, href, children }: { title: string; href: string; children?: ReactNode }) {
  const localHref = href.startsWith('/') ? hrefIn(await getRequestLocale(), href) : href;
  return (
    <li className="trust-card">
      <p>
        <Link prefetch={false} href={localHref}>
          {title}
        </Link>
      </p>
      <div>{children}</div>
    </li>
  );
}
