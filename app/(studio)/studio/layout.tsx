import { ConsoleShell } from '@/components/layout/console-shell';
import { STUDIO_NAV, visibleNav } from '@/lib/access/navigation';
import { roleDisplayName } from '@/lib/access/permissions';
import { forbidden } from 'next/navigation';
import { can } from '@/lib/access/can';
import { requirePermission, requireSession } from '@/lib/dal';
import { getConfig } from '@/lib/config';

export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  // Content staff and customer managers (customers:manage) both work here; anyone else gets the audited 403.
  const ctx = await requireSession('/studio');
  const { session } =
    can(ctx, 'content:edit') || can(ctx, 'customers:manage') ? ctx : await requirePermission('content:edit');
  // The studio edits the vendor's own trust center: a customer organization whose custom role holds
  // content:edit gets the 403 page here, not an error from each page (the use-cases refuse it too).
  if (session.organization?.kind !== 'VENDOR') forbidden();
  return (
    <ConsoleShell
      area="Studio"
      navLabel="Studio"
      items={visibleNav(STUDIO_NAV, session.permissions)
        .filter((i) => i.href !== '/studio/outbox' || getConfig().mailTransport === 'log')
        .map(({ href, label }) => ({ href, label }))}
      user={session.user}
      organization={session.organization?.name ?? null}
      role={roleDisplayName(session.role, session.roleLabel)}
    >
      {children}
    </ConsoleShell>
  );
}
