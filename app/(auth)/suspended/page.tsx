import type { Metadata } from 'next';
import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { suspensionOfSessionToken } from '@/lib/customers/suspension';
import { sessionTokenFromCookie } from '@/lib/dal';

export const metadata: Metadata = { title: 'Organization suspended' };
export const dynamic = 'force-dynamic';

/**
 * Where a member's open page lands when their organization was suspended or scheduled for deletion: the
 * session has ended (lib/auth/session-context.ts); this says why and whom to contact.
 */
export default async function SuspendedPage() {
  const token = await sessionTokenFromCookie();
  const notice = token ? await suspensionOfSessionToken(token) : null;
  const { supportEmail } = getConfig();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        {notice?.status === 'PENDING_DELETION' ? 'Organization scheduled for deletion' : 'Organization suspended'}
      </h1>
      <p role="status">
        {notice?.message ?? `Your organization is not available at the moment. Contact ${supportEmail} for help.`}
      </p>
      <p>You have been signed out.</p>
      <p>
        <a href={`mailto:${supportEmail}`} className="underline">
          Email {supportEmail}
        </a>
      </p>
      <p>
        <Link href="/login" className="underline">
          Sign in with another account
        </Link>
      </p>
    </div>
  );
}
