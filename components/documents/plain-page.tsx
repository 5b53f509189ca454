import type { ReactNode } from 'react';
import { TrustShell } from '@/components/trust/trust-shell';
import { getSite } from '@/lib/content/site';
import { getRequestLocale } from '@/lib/i18n/request-locale';

/** The small pages of the request flow (confirm, open, ended): the trust center's frame and a heading. */
export async function PlainPage({ title, children }: { title: string; children: ReactNode }) {
  const site = await getSite(await getRequestLocale());
  return (
    <TrustShell nav={site.nav} current="/documents">
      <div className="max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        {children}
      </div>
    </TrustShell>
  );
}
