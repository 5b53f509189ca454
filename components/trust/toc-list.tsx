import type { PageHeading } from '@/lib/content/extract';

/** The headings of a page as fragment links; `active` is marked as the reader's location. */
export function TocList({ headings, active = null }: { headings: PageHeading[]; active?: string | null }) {
  return (
    <ul className="space-y-1 border-l border-border text-sm">
      {headings.map((h) => (
        <li key={h.id}>
          <a
            href={`#${h.id}`}
            aria-current={active === h.id ? 'location' : undefined}
            className={`trust-toc-link ${h.depth === 3 ? 'pl-6' : 'pl-3'}`}
          >
            {h.text}
          </a>
        </li>
      ))}
    </ul>
  );
}
