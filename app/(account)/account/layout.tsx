import { ConsoleShell } from '@/components/layout/console-shell';
import { WithMessages } from '@/components/i18n/with-messages';
import { ACCOUNT_NAV, visibleNav } from '@/lib/access/navigation';
import { roleDisplayName } from '@/lib/access/permissions';
import { requireSession } from '@/lib/dal';
import { SupportSessionBanner } from '@/components/support-access/support-session-banner';
import { countMyUnread } from '@/lib/notifications/my-notifications';
import { getConsoleTranslator } from '@/lib/i18n/console';

/** The menu entry's catalogue key: the last part of its address (`/account/api-keys` → `api-keys`). */
const navKey = (href: string) => (href === '/account' ? 'overview' : href.split('/').pop()!);

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireSession();
  const { session } = ctx;
  const unread = await countMyUnread(ctx);
  const role = roleDisplayName(session.role, session.roleLabel);
  const t = await getConsoleTranslator('account.nav');
  // The console's own provider: its client components read `account.*`, which only console pages carry in
  // their payload (the root layout's provider hands the public pages CLIENT_NAMESPACES alone). The change-password
  // form reuses the sign-in pages' new-password fields, hence `auth.password`.
  return (
    <WithMessages namespaces={['account', 'auth.password', 'auth.reauth']}>
      <ConsoleShell
        area={t('area')}
        navLabel={t('label')}
        signOutLabel={t('signOut')}
        unreadLabel={t('unread')}
        items={visibleNav(ACCOUNT_NAV, session.permissions).map(({ href }) => ({
          href,
          label: t(navKey(href)),
          badge: href === '/account/notifications' ? unread : undefined,
        }))}
        user={session.user}
        organization={session.organization?.name ?? null}
        role={role}
        banner={session.supportGrant ? <SupportSessionBanner grant={session.supportGrant} /> : null}
      >
        {children}
      </ConsoleShell>
    </WithMessages>
  );
}
