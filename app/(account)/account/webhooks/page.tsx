import type { Metadata } from 'next';
import { AddEndpointForm } from '@/components/webhooks/add-endpoint-form';
import { EndpointList } from '@/components/webhooks/endpoint-list';
import { requirePermission } from '@/lib/dal';
import { listWebhookEndpoints } from '@/lib/webhooks/list-webhook-endpoints';

export const metadata: Metadata = { title: 'Webhooks' };

export default async function WebhooksPage() {
  const ctx = await requirePermission('webhooks:manage');
  const endpoints = await listWebhookEndpoints(ctx);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Webhooks</h1>
        <p className="text-fg-muted">
          Receive a signed HTTPS request when a sub-processor change notice is published, so your vendor-risk tools
          learn of it without anyone reading email. Failed deliveries are retried for about nine hours.
        </p>
      </div>
      <section aria-labelledby="add-heading" className="space-y-3">
        <h2 id="add-heading" className="text-xl font-semibold">
          Add an endpoint
        </h2>
        <AddEndpointForm />
      </section>
      <section aria-labelledby="endpoints-heading" className="space-y-3">
        <h2 id="endpoints-heading" className="text-xl font-semibold">
          Endpoints
        </h2>
        <EndpointList endpoints={endpoints} />
      </section>
      <section aria-labelledby="verify-heading" className="space-y-3">
        <h2 id="verify-heading" className="text-xl font-semibold">
          Verifying a request
        </h2>
        <p className="text-sm">Every request carries these headers:</p>
        <ul className="list-disc space-y-1 pl-6 text-sm">
          <li>
            <code className="font-mono">Trust-Center-Signature: t=&lt;unix seconds&gt;,v1=&lt;signature&gt;</code>
          </li>
          <li>
            <code className="font-mono">Trust-Center-Event</code> — e.g.{' '}
            <code className="font-mono">subprocessor.notice.published</code>
          </li>
          <li>
            <code className="font-mono">Trust-Center-Delivery</code> — the delivery id; retries of one delivery keep it,
            and the body&apos;s <code className="font-mono">id</code> names the event, so you can ignore duplicates.
          </li>
        </ul>
        <ol className="list-decimal space-y-1 pl-6 text-sm">
          <li>Read the raw request body, before parsing it as JSON.</li>
          <li>
            Compute HMAC-SHA256 with your signing secret as the key over{' '}
            <code className="font-mono">&lt;t&gt;.&lt;raw body&gt;</code>, in lowercase hex.
          </li>
          <li>
            Compare it with v1 in constant time, and reject requests whose t is more than 5 minutes from your clock.
          </li>
          <li>
            Answer with any 2xx status within 10 seconds; anything else is retried after 1 min, 5 min, 30 min, 2 h and 6
            h.
          </li>
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
