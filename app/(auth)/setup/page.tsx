import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SetupForm } from '@/components/setup/setup-form';
import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { isSetupRequired, setSetupGate } from '@/lib/setup/setup-state';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: getTranslator(await getRequestLocale(), 'auth.setup')('title'),
    referrer: 'same-origin',
    robots: { index: false, follow: false },
  };
}
export const dynamic = 'force-dynamic';

/**
 * First-run setup: only while no vendor organization exists; afterwards this page answers 404 for good.
 * A link from `npm run setup` carries the token in ?token=; the form takes it over and the address bar
 * drops it (components/setup/setup-form.tsx).
 */
export default async function SetupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (!(await isSetupRequired(db()))) {
    setSetupGate(false);
    notFound();
  }
  const params = await searchParams;
  const token = typeof params.token === 'string' ? params.token.slice(0, 200) : '';
  const t = getTranslator(await getRequestLocale(), 'auth.setup');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('heading')}</h1>
        <p className="mt-1 text-fg-muted">
          {t.rich('lead', { code: (chunks: React.ReactNode) => <code>{chunks}</code> }) as React.ReactNode}
        </p>
      </div>
      <SetupForm
        initialToken={token}
        defaultOrganizationName={getConfig().brand.name}
        passwordMinLength={getConfig().passwordMinLength}
      />
    </div>
  );
}
