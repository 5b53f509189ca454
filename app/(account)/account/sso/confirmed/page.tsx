import { SsoReauthDone } from '@/components/sso/sso-reauth';
import { requireSession } from '@/lib/dal';
import { consoleTitle } from '@/lib/i18n/console';
import { readNote } from '@/lib/sso/cookies';
import { queryInput, type SearchParams } from '@/lib/validation/input';

export const generateMetadata = consoleTitle('account.sso.reauth', 'metaTitle');

/** Where the sudo dialog's SSO popup lands: tells the dialog the outcome, then closes itself. */
export default async function SsoReauthConfirmedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = queryInput(await searchParams);
  const ctx = await requireSession('/account', { allowPendingEnrolment: true });
  const failure = params.failed ? await readNote<{ error: string }>('reauth', ctx.session.sessionId) : null;
  return <SsoReauthDone error={params.failed ? (failure?.error ?? '') : null} />;
}
