import { ConsoleShell } from '@/components/layout/console-shell';
import { ACCOUNT_NAV, visibleNav } from '@/lib/access/navigation';
import { BUILT_IN_ROLES, isBuiltInRole } from '@/lib/access/permissions';
import { requireSession } from '@/lib/dal';
import { SupportSessionBanner } from '@/components/support-access/support-session-banner';
import { countMyUnread } from '@/lib/notifications/my-notifications';

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireSession();
  const { session } = ctx;
  const unread = await countMyUnread(ctx);
  const role = session.roleLabel ?? (session.role && isBuiltInRole(session.role) ? BUILT_IN_ROLES[session.role].label : session.role);
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
