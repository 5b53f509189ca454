import { getConsoleTranslator } from '@/lib/i18n/console';
import type { Metadata } from 'next';
import { CreateKeyForm } from '@/components/api-keys/create-key-form';
import { KeysTable } from '@/components/api-keys/keys-table';
import { listApiKeys } from '@/lib/api-keys/list-api-keys';
import { getConfig } from '@/lib/config';
import { requirePermission } from '@/lib/dal';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.apiKeys');
  return { title: t('metaTitle') };
}

export default async function ApiKeysPage() {
  const t = await getConsoleTranslator('account.page.apiKeys');
  const ctx = await requirePermission('api-keys:manage');
  const keys = await listApiKeys(ctx);
  const base = getConfig().appUrl.origin;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t('apiKeys')}</h1>
        <p className="text-fg-muted">{t('keysLetProgramsYour')}</p>
      </div>
      <section aria-labelledby="create-heading" className="space-y-3">
        <h2 id="create-heading" className="text-xl font-semibold">
          {t('createAKey')}
        </h2>
        <CreateKeyForm />
      </section>
      <section aria-labelledby="keys-heading" className="space-y-3">
        <h2 id="keys-heading" className="text-xl font-semibold">
          {t('keys')}
        </h2>
        <KeysTable keys={keys} />
      </section>
      <section aria-labelledby="usage-heading" className="space-y-3">
        <h2 id="usage-heading" className="text-xl font-semibold">
          {t('usingAKey')}
        </h2>
        <p className="text-sm">{t('sendItInThe')}</p>
        <pre className="overflow-x-auto rounded-md bg-bg-subtle p-3 text-sm">
          <code>{`curl -H "Authorization: Bearer tc_…" \\\n  "${base}/api/v1/ip-access/check?scope=smtp&ip=203.0.113.10"`}</code>
        </pre>
        <ul className="list-disc space-y-1 pl-6 text-sm">
          <li>
            <code className="font-mono break-all">GET /api/v1/ip-access/check?scope=smtp&amp;ip=…</code>{' '}
            {t('isThisAddressAllowed')}
          </li>
          <li>
            <code className="font-mono break-all">GET /api/v1/ip-access/rules</code> {t('everyListCompiledInto')}
          </li>
        </ul>
        <p className="text-sm text-fg-muted">{t('errorsAreJsonWith')}</p>
      </section>
    </div>
  );
}
