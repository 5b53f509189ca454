import Link from 'next/link';

// Rendered with status 403 by forbidden() when a signed-in user lacks the permission for a page.
export default function Forbidden() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-16 outline-none">
      <p className="text-sm font-medium text-fg-muted">Error 403</p>
      <h1 className="mt-2 text-3xl font-bold">You do not have access to this page</h1>
      <p className="mt-4 text-fg-muted">
        Your role in this organization does not include it. Ask an administrator of your organization if you need
        access; they can change your role in the account console.
      </p>
      <p className="mt-6">
        <Link href="/account">Go to your account</Link>
      </p>
    </main>
  );
}
