import { ConsoleShell } from '@/components/layout/console-shell';
import { ACCOUNT_NAV, visibleNav } from '@/lib/access/navigation';
import { roleDisplayName } from '@/lib/access/permissions';
import { requireSession } from '@/lib/dal';
import { SupportSessionBanner } from '@/components/support-access/support-session-banner';
import { countMyUnread } from '@/lib/notifications/my-notifications';

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireSession();
  const { session } = ctx;
  const unread = await countMyUnread(ctx);
  const role = roleDisplayName(session.role, session.roleLabel);
  return (
    <ConsoleShell
      area="Account"
      navLabel="Account"
      items={visibleNav(ACCOUNT_NAV, session.permissions).map(({ href, label }) => ({
        href,
        label,
        badge: href === '/account/notifications' ? unread : undefined,
      }))}
      user={session.user}
      organization={session.organization?.name ?? null}
      role={role}
      banner={session.supportGrant ? <SupportSessionBanner grant={session.supportGrant} /> : null}
    >
      {children}
    </ConsoleShell>
  );
}
