import Link from 'next/link';
import { SignedInMarker } from './signed-in-marker';

/**
 * "Sign in" or "Your account". The header is part of cached public HTML that every visitor shares, so both
 * links are in it and globals.css shows one from <html data-signed-in>, which the inline head script sets
 * from a non-HttpOnly hint cookie that carries no secret (server.mjs keeps it in step with the session
 * cookie) and SignedInMarker refreshes after each navigation. A stale hint only mislabels a link: /account
 * still checks the session itself. The hidden link is not in the accessibility tree.
 */
export function AccountLink({
  loginHref,
  labels,
}: {
  loginHref: string;
  labels: { signIn: string; yourAccount: string };
}) {
  return (
    <>
      <Link href="/account" prefetch={false} className="account-signed-in text-sm text-fg hover:underline">
        {labels.yourAccount}
      </Link>
      <Link href={loginHref} prefetch={false} className="account-signed-out text-sm text-fg hover:underline">
        {labels.signIn}
      </Link>
      <SignedInMarker />
    </>
  );
}
