import type { Metadata } from 'next';
import { CreateKeyForm } from '@/components/api-keys/create-key-form';
import { KeysTable } from '@/components/api-keys/keys-table';
import { listApiKeys } from '@/lib/api-keys/list-api-keys';
import { getConfig } from '@/lib/config';
import { requirePermission } from '@/lib/dal';

export const metadata: Metadata = { title: 'API keys' };

export default async function ApiKeysPage() {
  const ctx = await requirePermission('api-keys:manage');
  const keys = await listApiKeys(ctx);
  const base = getConfig().appUrl.origin;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">API keys</h1>
        <p className="text-fg-muted">
          Keys let programs — your mail gateway, scripts — call the API for your organization. Each key is shown once
          when it is created; we keep only a hash. Requests are accepted only from addresses on the API allowlist when
          that list is on.
        </p>
      </div>
      <section aria-labelledby="create-heading" className="space-y-3">
        <h2 id="create-heading" className="text-xl font-semibold">
          Create a key
        </h2>
        <CreateKeyForm />
      </section>
      <section aria-labelledby="keys-heading" className="space-y-3">
        <h2 id="keys-heading" className="text-xl font-semibold">
          Keys
        </h2>
        <KeysTable keys={keys} />
      </section>
      <section aria-labelledby="usage-heading" className="space-y-3">
        <h2 id="usage-heading" className="text-xl font-semibold">
          Using a key
        </h2>
        <p className="text-sm">
          Send it in the Authorization header. For example, to ask whether an address may send mail:
        </p>
        <pre className="overflow-x-auto rounded-md bg-bg-subtle p-3 text-sm">
          <code>{`curl -H "Authorization: Bearer tc_…" \\\n  "${base}/api/v1/ip-access/check?scope=smtp&ip=203.0.113.10"`}</code>
        </pre>
        <ul className="list-disc space-y-1 pl-6 text-sm">
          <li>
            <code className="font-mono break-all">GET /api/v1/ip-access/check?scope=smtp&amp;ip=…</code> — is this
            address allowed for a scope (panel, api or smtp)?
          </li>
          <li>
            <code className="font-mono break-all">GET /api/v1/ip-access/rules</code> — every list, compiled into sorted
            ranges, with an ETag: send it back as If-None-Match and get 304 while nothing changed.
          </li>
        </ul>
        <p className="text-sm text-fg-muted">
          Errors are JSON with a code: 401 bad or revoked key, 403 address not allowed, 404 no such endpoint, 429 too
          many requests.
        </p>
      </section>
    </div>
  );
}
