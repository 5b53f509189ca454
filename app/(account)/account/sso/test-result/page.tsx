import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { requirePermission } from '@/lib/dal';
import { readNote } from '@/lib/sso/cookies';

export const metadata: Metadata = { title: 'SSO connection test' };

/** Where the "Test connection" popup lands: the claims the IdP sent, or why the test failed. Nothing saved. */
export default async function SsoTestResultPage() {
  const ctx = await requirePermission('sso:manage');
  const note =
    (await readNote<{ claims?: Record<string, unknown>; error?: string }>('test', ctx.session.user.id)) ??
    (await readNote<{ error?: string }>('test', ''));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Connection test</h1>
      {!note ? (
        <Alert tone="info">No test result here. Start a test from Account → Single sign-on.</Alert>
      ) : note.error ? (
        <Alert tone="error">The test sign-in failed: {note.error}</Alert>
      ) : (
        <>
          <Alert tone="success">
            The identity provider signed you in and its ID token passed every check. Nothing was saved and no session
            was created.
          </Alert>
          <h2 className="text-lg font-semibold">Claims received</h2>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            {Object.entries((note as { claims: Record<string, unknown> }).claims).map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-mono">{k}</dt>
                <dd className="font-mono break-all" data-claim={k}>
                  {typeof v === 'string' ? v : JSON.stringify(v)}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  );
}
