import { WithMessages } from '@/components/i18n/with-messages';
import { ConsoleShell } from '@/components/layout/console-shell';
import { STUDIO_NAV, visibleNav } from '@/lib/access/navigation';
import { roleDisplayName } from '@/lib/access/permissions';
import { requireStudioAccess } from '@/lib/dal';
import { getConfig } from '@/lib/config';
import { getConsoleTranslator } from '@/lib/i18n/console';

/** The menu entry's catalogue key: the last part of its address (`/studio/access-requests` → `access-requests`). */
const navKey = (href: string) => (href === '/studio' ? 'overview' : href.split('/').pop()!);

export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  // Content staff and customer managers of the vendor; anyone else gets the audited 403 page.
  const { session } = await requireStudioAccess();
  const t = await getConsoleTranslator('studio.nav');
  return (
    <ConsoleShell
      area={t('area')}
      navLabel={t('label')}
      signOutLabel={t('signOut')}
      items={visibleNav(STUDIO_NAV, session.permissions)
        .filter((i) => i.href !== '/studio/outbox' || getConfig().mailTransport === 'log')
        .map(({ href }) => ({ href, label: t(`items.${navKey(href)}`) }))}
      user={session.user}
      organization={session.organization?.name ?? null}
      role={roleDisplayName(session.role, session.roleLabel)}
    >
      {/* The studio's client components read studio.*; the public pages never carry it. */}
      <WithMessages namespaces={['studio']}>{children}</WithMessages>
    </ConsoleShell>
  );
}
