import { ConsoleShell } from '@/components/layout/console-shell';
import { ACCOUNT_NAV, visibleNav } from '@/lib/access/navigation';
import { BUILT_IN_ROLES, isBuiltInRole } from '@/lib/access/permissions';
import { requireSession } from '@/lib/dal';

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const { session } = await requireSession();
  const role = session.role && isBuiltInRole(session.role) ? BUILT_IN_ROLES[session.role].label : session.role;
  return (
    <ConsoleShell
      area="Account"
      navLabel="Account"
      items={visibleNav(ACCOUNT_NAV, session.permissions).map(({ href, label }) => ({ href, label }))}
      user={session.user}
      organization={session.organization?.name ?? null}
      role={role}
    >
      {children}
    </ConsoleShell>
  );
}
