import Link from 'next/link';

type Target = { route: string; title: string } | null;

/** Previous and next page in the sidebar's order. */
export function Pager({
  previous,
  next,
  labels,
}: {
  previous: Target;
  next: Target;
  labels: { nav: string; previous: string; next: string };
}) {
  if (!previous && !next) return null;
  const box = 'flex flex-col rounded-lg border border-border px-4 py-3 no-underline! hover:border-link';
  return (
    <nav aria-label={labels.nav} className="mt-16 grid gap-4 border-t border-border pt-8 sm:grid-cols-2 print:hidden">
      {previous ? (
        <Link prefetch={false} href={previous.route} rel="prev" className={box}>
          <span className="text-sm text-fg-muted">{labels.previous}</span>
          <span className="font-semibold text-link">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link prefetch={false} href={next.route} rel="next" className={`${box} sm:text-right`}>
          <span className="text-sm text-fg-muted">{labels.next}</span>
          <span className="font-semibold text-link">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
