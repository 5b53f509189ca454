'use client';

import { useState } from 'react';
import {
  deleteWebhookAction,
  rotateWebhookSecretAction,
  sendTestEventAction,
  setWebhookEnabledAction,
} from '@/app/(account)/account/webhooks/actions';
import { useFormAction } from '@/components/ui/use-form-action';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { formatDateTime } from '@/lib/ui/format';
import type { WebhookEndpointDTO } from '@/lib/webhooks/dto';
import { SecretReveal } from './secret-reveal';
import { DataTable } from '@/components/ui/data-table';

type Message = { tone: 'success' | 'error'; text: string } | null;

function DeliveryLog({ endpoint }: { endpoint: WebhookEndpointDTO }) {
  if (!endpoint.attempts.length)
    return <p className="text-sm text-fg-muted">No deliveries yet. Send a test event to try the endpoint.</p>;
  return (
    <DataTable
      caption={`Delivery log of ${endpoint.url}`}
      columns={[
        'Time',
        'Event',
        'Attempt',
        'Status',
        { label: 'Duration', className: 'hidden sm:table-cell' },
        'Error',
      ]}
    >
      {endpoint.attempts.map((a) => (
        <tr key={a.id} className="border-b border-border align-top">
          <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(a.at)}</td>
          <td className="py-2 pr-4 font-mono text-xs whitespace-nowrap">{a.event}</td>
          <td className="py-2 pr-4">{a.attempt}</td>
          <td className={`py-2 pr-4 ${a.statusCode && a.statusCode < 300 ? 'text-ok' : 'text-danger'}`}>
            {a.statusCode ?? '—'}
          </td>
          <td className="hidden py-2 pr-4 sm:table-cell">{a.durationMs} ms</td>
          <td className="min-w-48 py-2 break-words text-fg-muted">{a.error ?? ''}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function EndpointCard({ endpoint }: { endpoint: WebhookEndpointDTO }) {
  const rotate = useFormAction(rotateWebhookSecretAction, { sudo: 'Rotating a signing secret is a sensitive change.' });
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const headingId = `webhook-${endpoint.id}`;
  const input = { endpointId: endpoint.id };

  async function run(
    label: string,
    call: () => Promise<{ ok: true; data: unknown } | { ok: false; error: string }>,
    success: (data: never) => string,
  ) {
    setBusy(label);
    const result = await call();
    setBusy(null);
    setMessage(
      result.ok ? { tone: 'success', text: success(result.data as never) } : { tone: 'error', text: result.error },
    );
  }

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-border p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="font-mono text-base font-semibold break-all">
          {endpoint.url}
        </h3>
        <span className={endpoint.enabled ? 'text-sm text-ok' : 'text-sm text-danger'}>
          {endpoint.enabled ? 'Enabled' : 'Disabled'}
        </span>
      </div>
      <p className="text-sm text-fg-muted">
        {endpoint.description ? `${endpoint.description} · ` : ''}Events: {endpoint.events.join(', ')} · Added{' '}
        {formatDateTime(endpoint.createdAt)} by {endpoint.createdBy}
        {endpoint.pending ? ` · ${endpoint.pending} waiting for a retry` : ''}
      </p>
      <div aria-live="polite">{message ? <Alert tone={message.tone}>{message.text}</Alert> : null}</div>
      {secret ? (
        <SecretReveal
          title="New secret created; the old one no longer works."
          secret={secret}
          onDone={() => setSecret(null)}
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={busy !== null || !endpoint.enabled}
          onClick={() =>
            run(
              'test',
              () => sendTestEventAction(null, input),
              (d: { delivered: boolean; statusCode: number | null; error: string | null }) =>
                d.delivered
                  ? `Test event delivered (HTTP ${d.statusCode}).`
                  : `Test event not delivered: ${d.error ?? `HTTP ${d.statusCode}`}. It will be retried.`,
            )
          }
        >
          {busy === 'test' ? 'Sending…' : 'Send test event'}
        </Button>
        <Button
          variant="secondary"
          disabled={busy !== null}
          aria-describedby={`${headingId}-rotate-hint`}
          onClick={async () => {
            setBusy('rotate');
            const result = await rotate.run(input);
            setBusy(null);
            if (result.ok) {
              setMessage(null);
              setSecret(result.data.secret);
            } else setMessage({ tone: 'error', text: result.error });
          }}
        >
          Rotate secret
        </Button>
        <Button
          variant="secondary"
          disabled={busy !== null}
          onClick={() =>
            run(
              'toggle',
              () => setWebhookEnabledAction(null, { ...input, enabled: !endpoint.enabled }),
              () =>
                endpoint.enabled ? 'Endpoint disabled: events wait until you enable it again.' : 'Endpoint enabled.',
            )
          }
        >
          {endpoint.enabled ? 'Disable' : 'Enable'}
        </Button>
        <Button variant="danger" disabled={busy !== null} onClick={() => setConfirmDelete(true)}>
          Delete
        </Button>
      </div>
      <p id={`${headingId}-rotate-hint`} className="text-sm text-fg-muted">
        Rotating the secret takes effect at once: the old secret stops working immediately and every request after that
        is signed with the new one, so update your receiver straight away.
      </p>
      <h4 className="pt-2 text-sm font-semibold">Delivery log</h4>
      <DeliveryLog endpoint={endpoint} />
      {confirmDelete ? (
        <ConfirmDialog
          title="Delete this endpoint?"
          body={
            <>
              Events stop going to <span className="font-mono break-all">{endpoint.url}</span>, and its delivery log is
              deleted. This cannot be undone.
            </>
          }
          confirmLabel="Delete endpoint"
          pendingLabel="Deleting…"
          onConfirm={async () => {
            const result = await deleteWebhookAction(null, input);
            return result.ok ? null : result.error;
          }}
          onClose={() => setConfirmDelete(false)}
        />
      ) : null}
      {rotate.sudoDialog}
    </section>
  );
}

export function EndpointList({ endpoints }: { endpoints: WebhookEndpointDTO[] }) {
  if (!endpoints.length) return <p className="text-sm text-fg-muted">No endpoints yet.</p>;
  return (
    <div className="space-y-4">
      {endpoints.map((e) => (
        <EndpointCard key={e.id} endpoint={e} />
      ))}
    </div>
  );
}
