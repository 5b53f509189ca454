import { WithMessages } from '@/components/i18n/with-messages';
import { ConsoleShell } from '@/components/layout/console-shell';
import { STUDIO_NAV, visibleNav } from '@/lib/access/navigation';
import { roleDisplayName } from '@/lib/access/permissions';
import { requireStudioAccess } from '@/lib/dal';
import { getConfig } from '@/lib/config';

export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  // Content staff and customer managers of the vendor; anyone else gets the audited 403 page.
  const { session } = await requireStudioAccess();
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
      {/* The studio's client components read studio.*; the public pages never carry it. */}
      <WithMessages namespaces={['studio']}>{children}</WithMessages>
    </ConsoleShell>
  );
}
