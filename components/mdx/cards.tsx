import Link from 'next/link';
import type { ReactNode } from 'react';

/** <CardGrid>: a grid of <Card> links. */
export function CardGrid({ children }: { children: ReactNode }) {
  return <ul className="my-6 grid list-none gap-4 p-0 sm:grid-cols-2">{children}</ul>;
}

/** <Card title="…" href="…">: the whole card is one link, named by its title (.trust-card in app/(trust)/trust.css). */
export function Card({ title, href, children }: { title: string; href: string; children?: ReactNode }) {
  return (
    <li className="trust-card">
      <p>
        <Link prefetch={false} href={href}>
          {title}
        </Link>
      </p>
      <div>{children}</div>
    </li>
  );
}
