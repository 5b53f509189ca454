import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { AccountLink } from './account-link';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader({ brandName }: { brandName: string }) {
  const { logoUrl } = getConfig().brand;
  return (
    <header className="no-print border-b border-border bg-bg">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" prefetch={false} className="flex items-center gap-2 font-semibold text-fg no-underline">
          {logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- a configured logo of unknown size; decorative next to the name
            <img src={logoUrl} alt="" className="h-6 w-auto" />
          ) : (
            <span aria-hidden="true" className="inline-block h-6 w-6 rounded-md bg-brand" />
          )}
          <span>
            {brandName} <span className="font-normal text-fg-muted">Trust Center</span>
          </span>
        </Link>
        {/* Small screens: the trust center's own Menu and Search bar takes over. */}
        <nav aria-label="Main" className="hidden flex-1 flex-wrap items-center gap-x-5 gap-y-1 text-sm sm:flex">
          <Link href="/" prefetch={false} className="text-fg hover:underline">
            Trust center
          </Link>
          <Link href="/subprocessors" prefetch={false} className="text-fg hover:underline">
            Sub-processors
          </Link>
          <Link href="/search" prefetch={false} className="text-fg hover:underline">
            Search
          </Link>
          <Link href="/report-abuse" prefetch={false} className="text-fg hover:underline">
            Report abuse
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <AccountLink />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
