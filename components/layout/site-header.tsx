import Link from 'next/link';
import type { Theme } from '@/lib/ui/theme';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader({ brandName, theme, hasSessionCookie }: { brandName: string; theme: Theme; hasSessionCookie: boolean }) {
  return (
    <header className="no-print border-b border-border bg-bg">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-fg no-underline">
          <span aria-hidden="true" className="inline-block h-6 w-6 rounded-md bg-brand" />
          <span>
            {brandName} <span className="font-normal text-fg-muted">Trust Center</span>
          </span>
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap items-center gap-x-5 gap-y-1 text-sm">
          <Link href="/" className="text-fg hover:underline">Trust center</Link>
          <Link href="/search" className="text-fg hover:underline">Search</Link>
        </nav>
        <div className="flex items-center gap-3">
          {hasSessionCookie ? (
            <Link href="/account" className="text-sm text-fg hover:underline">Your account</Link>
          ) : (
            <Link href="/login" className="text-sm text-fg hover:underline">Sign in</Link>
          )}
          <ThemeToggle initial={theme} />
        </div>
      </div>
    </header>
  );
}
