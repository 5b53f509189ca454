import Link from 'next/link';
import type { ReactNode } from 'react';
import { ChevronIcon } from './icons';

/** <CardGrid>: a grid of <Card> links. */
export function CardGrid({ children }: { children: ReactNode }) {
  return <ul className="my-6 grid list-none gap-4 p-0 sm:grid-cols-2">{children}</ul>;
}

/** <Card title="…" href="…">: the whole card is one link, named by its title. */
export function Card({ title, href, children }: { title: string; href: string; children?: ReactNode }) {
  return (
    <li className="relative m-0 flex flex-col rounded-lg border border-border bg-bg p-4 hover:border-link focus-within:border-link">
      <p className="m-0 flex items-center justify-between gap-2 font-semibold">
        <Link prefetch={false} href={href} className="text-fg! no-underline! after:absolute after:inset-0 after:rounded-lg hover:underline!">
          {title}
        </Link>
        <ChevronIcon className="h-4 w-4 text-fg-muted" />
      </p>
      <div className="mt-1 text-sm text-fg-muted [&_p]:m-0 [&_p]:leading-6">{children}</div>
    </li>
  );
}
