import type { Metadata } from 'next';
import Link from 'next/link';
import { ConfirmEmailChangeForm } from '@/components/account/confirm-email-change-form';
import { Alert } from '@/components/ui/alert';
import { getEmailChangeLink } from '@/lib/account/get-email-change-link';
import { getCtx } from '@/lib/dal';
import { ZEmailChangeTokenSchema } from '@/lib/validation/signup';

// The token is in the URL: links from this page never carry it to another site in a Referer header.
export const metadata: Metadata = { title: 'Confirm your new email address', referrer: 'same-origin' };

export default async function ConfirmEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const parsed = ZEmailChangeTokenSchema.safeParse({ token });
  const view = parsed.success ? await getEmailChangeLink(await getCtx(), parsed.data) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Confirm your new email address</h1>
      {!parsed.success || !view ? (
        <Alert tone="error">{parsed.error?.issues[0]?.message ?? 'This confirmation link is not valid.'}</Alert>
      ) : view.state === 'rate-limited' ? (
        <Alert tone="error">Too many attempts from your network. Please wait 15 minutes and open the link again.</Alert>
      ) : view.state === 'refused' ? (
        <Alert tone="error">{view.message}</Alert>
      ) : (
        <ConfirmEmailChangeForm token={parsed.data.token} newEmail={view.newEmail} />
      )}
      <p className="text-sm">
        <Link href="/account/profile">Your account</Link>
      </p>
    </div>
  );
}
