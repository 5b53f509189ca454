import Link from 'next/link';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-16 outline-none">
      <p className="text-sm font-medium text-fg-muted">Error 404</p>
      <h1 className="mt-2 text-3xl font-bold">We could not find that page</h1>
      <p className="mt-4 text-fg-muted">
        The address may be mistyped, or the page may have moved. Everything about our security and compliance starts
        from the trust center&rsquo;s overview.
      </p>
      <p className="mt-6 flex gap-4">
        <Link href="/">Go to the trust center</Link>
        <Link href="/search">Search</Link>
      </p>
    </main>
  );
}
