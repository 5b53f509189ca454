'use client';

import { useTranslations } from 'use-intl';
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
  const t = useTranslations('account.webhooks.endpointList');
  if (!endpoint.attempts.length) return <p className="text-sm text-fg-muted">{t('noDeliveriesYetSend')}</p>;
  return (
    <DataTable
      caption={t('deliveryLogOf', { url: endpoint.url })}
      columns={[
        t('time'),
        t('event'),
        t('attempt'),
        t('status'),
        { label: t('duration'), className: 'hidden sm:table-cell' },
        t('error'),
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
          <td className="hidden py-2 pr-4 sm:table-cell">{t('ms', { durationMs: a.durationMs })}</td>
          <td className="min-w-48 py-2 break-words text-fg-muted">{a.error ?? ''}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function EndpointCard({ endpoint }: { endpoint: WebhookEndpointDTO }) {
  const t = useTranslations('account.webhooks.endpointList');
  const rotate = useFormAction(rotateWebhookSecretAction, { sudo: t('rotatingASigningSecret') });
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
          {endpoint.enabled ? t('enabled') : t('disabled')}
        </span>
      </div>
      <p className="text-sm text-fg-muted">
        {endpoint.description ? `${endpoint.description} · ` : ''}
        {t('summary', {
          events: endpoint.events.join(', '),
          createdAt: formatDateTime(endpoint.createdAt),
          createdBy: endpoint.createdBy,
        })}
        {endpoint.pending ? t('waitingForARetry', { pending: endpoint.pending }) : ''}
      </p>
      <div aria-live="polite">{message ? <Alert tone={message.tone}>{message.text}</Alert> : null}</div>
      {secret ? <SecretReveal title={t('newSecretCreatedThe')} secret={secret} onDone={() => setSecret(null)} /> : null}
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
                  ? t('testEventDeliveredHttp', { statusCode: String(d.statusCode ?? '') })
                  : t('testEventNotDelivered', { error: d.error ?? `HTTP ${d.statusCode}` }),
            )
          }
        >
          {busy === 'test' ? t('sending') : t('sendTestEvent')}
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
          {t('rotateSecret')}
        </Button>
        <Button
          variant="secondary"
          disabled={busy !== null}
          onClick={() =>
            run(
              'toggle',
              () => setWebhookEnabledAction(null, { ...input, enabled: !endpoint.enabled }),
              () => (endpoint.enabled ? t('endpointDisabledEventsWait') : t('endpointEnabled')),
            )
          }
        >
          {endpoint.enabled ? t('disable') : t('enable')}
        </Button>
        <Button variant="danger" disabled={busy !== null} onClick={() => setConfirmDelete(true)}>
          {t('delete')}
        </Button>
      </div>
      <p id={`${headingId}-rotate-hint`} className="text-sm text-fg-muted">
        {t('rotatingTheSecretTakes')}
      </p>
      <h4 className="pt-2 text-sm font-semibold">{t('deliveryLog')}</h4>
      <DeliveryLog endpoint={endpoint} />
      {confirmDelete ? (
        <ConfirmDialog
          title={t('deleteThisEndpoint')}
          body={
            <>
              {t('eventsStopGoingTo')} <span className="font-mono break-all">{endpoint.url}</span>
              {t('andItsDeliveryLog')}
            </>
          }
          confirmLabel={t('deleteEndpoint')}
          pendingLabel={t('deleting')}
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
  const t = useTranslations('account.webhooks.endpointList');
  if (!endpoints.length) return <p className="text-sm text-fg-muted">{t('noEndpointsYet')}</p>;
  return (
    <div className="space-y-4">
      {endpoints.map((e) => (
        <EndpointCard key={e.id} endpoint={e} />
      ))}
    </div>
  );
}
