import { ConsoleShell } from '@/components/layout/console-shell';
import { STUDIO_NAV, visibleNav } from '@/lib/access/navigation';
import { roleDisplayName } from '@/lib/access/permissions';
import { requirePermission } from '@/lib/dal';

export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const { session } = await requirePermission('content:edit');
  return (
    <ConsoleShell
      area="Studio"
      navLabel="Studio"
      items={visibleNav(STUDIO_NAV, session.permissions).map(({ href, label }) => ({ href, label }))}
      user={session.user}
      organization={session.organization?.name ?? null}
      role={roleDisplayName(session.role, session.roleLabel)}
    >
      {children}
    </ConsoleShell>
  );
}
