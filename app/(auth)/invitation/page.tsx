import type { Metadata } from 'next';
import Link from 'next/link';
import { signOutAndRedirect } from '@/app/(auth)/actions';
import { AcceptWithExistingAccountButton, AcceptWithNewAccountForm } from '@/components/users/accept-invitation-form';
import { Alert } from '@/components/ui/alert';
import { getConfig } from '@/lib/config';
import { getCtx } from '@/lib/dal';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { formatDateTime } from '@/lib/ui/format';
import { getInvitation } from '@/lib/users/get-invitation';
import { queryInput, type SearchParams } from '@/lib/validation/input';

// The token in this URL goes to no other site; 'no-referrer' would also make the form's POST carry
// `Origin: null`, which the origin gate (lib/http/origin-gate.mjs) refuses.
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getRequestLocale(), 'auth.invitation')('title'), referrer: 'same-origin' };
}

export default async function InvitationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { token } = queryInput(await searchParams);
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'auth.invitation');
  const invalid = <Alert tone="error">{t('invalid')}</Alert>;
  if (!token || token.length < 20 || token.length > 200) {
    return <Frame title={t('title')}>{invalid}</Frame>;
  }
  const ctx = await getCtx();
  const view = await getInvitation(ctx, { token });
  if (view.state === 'rate-limited') {
    return (
      <Frame title={t('title')}>
        <Alert tone="error">{t('rateLimited')}</Alert>
      </Frame>
    );
  }
  if (view.state !== 'open') return <Frame title={t('title')}>{invalid}</Frame>;

  const organization = view.organizationName;
  const intro = (
    <p className="text-fg-muted">
      {
        t.rich('intro', {
          invitedBy: view.invitedBy,
          email: view.email,
          organization,
          role: view.roleLabel,
          expires: formatDateTime(view.expiresAt, locale),
          b: (chunks: React.ReactNode) => <strong className="text-fg">{chunks}</strong>,
        }) as React.ReactNode
      }
    </p>
  );
  const here = `/invitation?token=${encodeURIComponent(token)}`;
  const title = t('join', { organization });

  if (!view.accountExists && !view.signedInAs) {
    return (
      <Frame title={title} intro={intro}>
        <AcceptWithNewAccountForm
          token={token}
          email={view.email}
          organization={organization}
          minLength={getConfig().passwordMinLength}
        />
      </Frame>
    );
  }
  if (view.signedInAs && view.signedInAs !== view.email) {
    return (
      <Frame title={title} intro={intro}>
        <Alert tone="error">{t('wrongAccount', { signedInAs: view.signedInAs, email: view.email })}</Alert>
        <form action={signOutAndRedirect}>
          <button type="submit" className="rounded-md border border-border px-4 py-2 text-sm font-medium">
            {t('signOut')}
          </button>
        </form>
      </Frame>
    );
  }
  if (!view.signedInAs) {
    return (
      <Frame title={title} intro={intro}>
        <p>{t('existingAccount', { email: view.email })}</p>
        <p>
          <Link
            href={hrefIn(locale, `/login?next=${encodeURIComponent(hrefIn(locale, here))}`)}
            className="inline-flex rounded-md bg-brand px-4 py-2 text-sm font-medium text-white no-underline hover:opacity-90"
          >
            {t('signInToAccept')}
          </Link>
        </p>
      </Frame>
    );
  }
  return (
    <Frame title={title} intro={intro}>
      <p>{t('signedIn', { email: view.email, organization })}</p>
      <AcceptWithExistingAccountButton token={token} organization={organization} />
    </Frame>
  );
}

function Frame({ title, intro, children }: { title: string; intro?: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{title}</h1>
        {intro}
      </div>
      {children}
    </div>
  );
}
