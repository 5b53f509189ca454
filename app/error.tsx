'use client';

// Shown for any unexpected server or client error. It reveals nothing internal: only the digest, which
// operators can match to the server log line, is displayed.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-16 outline-none">
      <p className="text-sm font-medium text-fg-muted">Something went wrong</p>
      <h1 className="mt-2 text-3xl font-bold">This page could not be shown</h1>
      <p className="mt-4 text-fg-muted">
        An unexpected error stopped this page from loading. Nothing you entered has been lost on our side. Please try
        again; if it keeps happening, contact support and quote the reference below.
      </p>
      {error.digest ? (
        <p className="mt-4 text-sm">
          Reference: <code className="font-mono">{error.digest}</code>
        </p>
      ) : null}
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-brand px-4 py-2 font-medium text-white hover:opacity-90"
      >
        Try again
      </button>
    </main>
  );
}
