import { getConsoleTranslator } from '@/lib/i18n/console';
import type { Metadata } from 'next';
import { AddEndpointForm } from '@/components/webhooks/add-endpoint-form';
import { EndpointList } from '@/components/webhooks/endpoint-list';
import { requirePermission } from '@/lib/dal';
import { listWebhookEndpoints } from '@/lib/webhooks/list-webhook-endpoints';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.webhooks');
  return { title: t('metaTitle') };
}

export default async function WebhooksPage() {
  const t = await getConsoleTranslator('account.page.webhooks');
  const ctx = await requirePermission('webhooks:manage');
  const endpoints = await listWebhookEndpoints(ctx);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t('webhooks')}</h1>
        <p className="text-fg-muted">{t('receiveASignedHttps')}</p>
      </div>
      <section aria-labelledby="add-heading" className="space-y-3">
        <h2 id="add-heading" className="text-xl font-semibold">
          {t('addAnEndpoint')}
        </h2>
        <AddEndpointForm />
      </section>
      <section aria-labelledby="endpoints-heading" className="space-y-3">
        <h2 id="endpoints-heading" className="text-xl font-semibold">
          {t('endpoints')}
        </h2>
        <EndpointList endpoints={endpoints} />
      </section>
      <section aria-labelledby="verify-heading" className="space-y-3">
        <h2 id="verify-heading" className="text-xl font-semibold">
          {t('verifyingARequest')}
        </h2>
        <p className="text-sm">{t('everyRequestCarriesThese')}</p>
        <ul className="list-disc space-y-1 pl-6 text-sm">
          <li>
            <code className="font-mono">Trust-Center-Signature: t=&lt;unix seconds&gt;,v1=&lt;signature&gt;</code>
          </li>
          <li>
            <code className="font-mono">Trust-Center-Event</code> — e.g.{' '}
            <code className="font-mono">subprocessor.notice.published</code>
          </li>
          <li>
            <code className="font-mono">Trust-Center-Delivery</code> {t('theDeliveryIdRetries')}{' '}
            <code className="font-mono">id</code> {t('namesTheEventSo')}
          </li>
        </ul>
        <ol className="list-decimal space-y-1 pl-6 text-sm">
          <li>{t('readTheRawRequest')}</li>
          <li>
            {t('computeHmacSha256With')} <code className="font-mono">&lt;t&gt;.&lt;raw body&gt;</code>
            {t('inLowercaseHex')}
          </li>
          <li>{t('compareItWithV1')}</li>
          <li>{t('answerWithAny2xx')}</li>
        </ol>
        <pre className="overflow-x-auto rounded-md bg-bg-subtle p-3 text-sm">
          <code>{`const [t, v1] = header.split(',').map((p) => p.split('=')[1]);
const expected = crypto.createHmac('sha256', secret).update(\`\${t}.\${rawBody}\`).digest('hex');
const fresh = Math.abs(Date.now() / 1000 - Number(t)) <= 300;
const valid = fresh && v1?.length === 64 && crypto.timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(v1, 'hex'));`}</code>
        </pre>
      </section>
    </div>
  );
}
