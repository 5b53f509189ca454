import { headers } from 'next/headers';
import { signOutFromRefusedAddress } from '@/app/(account)/account/ip-access/actions';
import { getConfig } from '@/lib/config';

/**
 * The 403 page for a request from outside the organization's panel allowlist: what happened, the
 * address we saw, and who can change it (`contacts`, loaded by app/_ip-access/forbidden-or-refused.tsx).
 */
export async function IpRefused({
  refusal,
  contacts,
}: {
  refusal: { ip: string | null; organizationId: string; organizationName: string };
  contacts: { name: string; email: string }[];
}) {
  const h = await headers();
  const { supportEmail } = getConfig();
  const requestId = h.get('x-request-id');
  const org = refusal.organizationName;
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-16 outline-none">
      <p className="text-sm font-medium text-fg-muted">Error 403 · Address not allowed</p>
      <h1 className="mt-2 text-3xl font-bold">{org} does not allow access from this address</h1>
      <p className="mt-4">
        {org} lets its account be used only from approved network addresses. This request came from{' '}
        <strong className="font-mono" data-testid="refused-ip">
          {refusal.ip ?? 'an unknown address'}
        </strong>
        , which is not on that list, so nothing was shown or changed. The refusal was recorded in {org}&rsquo;s audit
        log.
      </p>
      <h2 className="mt-8 text-xl font-semibold">What you can do</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        <li>
          If you are away from your usual network, connect through your organization&rsquo;s VPN or office network and
          reload.
        </li>
        <li>
          Ask someone who manages IP access for {org} to add{' '}
          {refusal.ip ? <span className="font-mono">{refusal.ip}</span> : 'your address'}
          {contacts.length ? ':' : '.'}
          {contacts.length ? (
            <ul className="mt-2 space-y-1 pl-4">
              {contacts.map((c) => (
                <li key={c.email}>
                  {c.name} — <a href={`mailto:${c.email}`}>{c.email}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
        <li>
          If you believe this is a mistake, contact <a href={`mailto:${supportEmail}`}>{supportEmail}</a>
          {requestId ? (
            <>
              {' '}
              and quote the reference <span className="font-mono">{requestId}</span>
            </>
          ) : null}
          .
        </li>
      </ul>
      <form action={signOutFromRefusedAddress} className="mt-8">
        <button
          type="submit"
          className="rounded-md border border-border px-4 py-2 text-sm font-medium hover:bg-bg-subtle"
        >
          Sign out
        </button>
      </form>
    </main>
  );
}
