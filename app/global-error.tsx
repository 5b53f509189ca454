'use client';

// Last resort when the root layout itself failed; it must render its own <html>.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <h1>This page could not be shown</h1>
          <p>An unexpected error occurred. Please try again in a moment.</p>
          {error.digest ? <p>Reference: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
