import type { ReactNode } from 'react';
import { Breadcrumbs, HOME_CRUMB } from '@/components/trust/breadcrumbs';
import { TrustShell } from '@/components/trust/trust-shell';
import { getSite } from '@/lib/content/site';

/** The public frame of the subscription pages, under Sub-processors in the trust center. */
export async function NoticePageFrame({
  title,
  crumb,
  href,
  children,
}: {
  title: string;
  crumb: string;
  href: string;
  children: ReactNode;
}) {
  const site = await getSite();
  return (
    <TrustShell nav={site.nav} current="/subprocessors">
      <div className="max-w-3xl">
        <Breadcrumbs
          items={[HOME_CRUMB, { href: '/subprocessors', label: 'Sub-processors' }, { href, label: crumb }]}
        />
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
        {children}
      </div>
    </TrustShell>
  );
}
