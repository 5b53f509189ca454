'use client';

import { useTranslations } from 'use-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { revokeApiKeyAction } from '@/app/(account)/account/api-keys/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ApiKeyDTO } from '@/lib/api-keys/dto';
import { formatDateTime } from '@/lib/ui/format';
import { DataTable } from '@/components/ui/data-table';

function ConfirmRevoke({ apiKey, onDone }: { apiKey: ApiKeyDTO; onDone: (confirmed: boolean) => void }) {
  const t = useTranslations('account.apiKeys.keysTable');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const close = (ok: boolean) => {
    ref.current?.close();
    onDone(ok);
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={() => onDone(false)}
      className="m-auto w-full max-w-md rounded-lg border border-border bg-bg p-6 text-fg backdrop:bg-black/50"
    >
      <h2 id={titleId} className="text-xl font-semibold">
        {t('revoke', { name: apiKey.name })}
      </h2>
      <p className="mt-3 text-sm">
        {t.rich('programsUsingStopWorking', {
          prefix: apiKey.prefix,
          span: (chunks) => <span className="font-mono">{chunks}</span>,
        })}
      </p>
      <div className="mt-6 flex justify-end gap-3">
        <Button variant="secondary" onClick={() => close(false)} autoFocus>
          {t('cancel')}
        </Button>
        <Button variant="danger" onClick={() => close(true)}>
          {t('revokeKey')}
        </Button>
      </div>
    </dialog>
  );
}

export function KeysTable({ keys }: { keys: ApiKeyDTO[] }) {
  const t = useTranslations('account.apiKeys.keysTable');
  const [confirming, setConfirming] = useState<ApiKeyDTO | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function revoke(key: ApiKeyDTO, confirmed: boolean) {
    setConfirming(null);
    if (!confirmed) return;
    const result = await revokeApiKeyAction(null, { keyId: key.id });
    setMessage(
      result.ok
        ? { tone: 'success', text: t('revokedName', { name: key.name }) }
        : { tone: 'error', text: result.error },
    );
  }

  return (
    <div className="space-y-3">
      <div aria-live="polite">{message ? <Alert tone={message.tone}>{message.text}</Alert> : null}</div>
      {keys.length === 0 ? (
        <p className="text-sm text-fg-muted">{t('noApiKeysYet')}</p>
      ) : (
        <DataTable
          caption={t('apiKeysOfYour')}
          columns={[
            t('name'),
            { label: t('key'), className: 'hidden sm:table-cell' },
            { label: t('created'), className: 'hidden md:table-cell' },
            { label: t('lastUsed'), className: 'hidden sm:table-cell' },
            t('status'),
            { label: t('actions'), srOnly: true },
          ]}
        >
          {keys.map((k) => (
            <tr key={k.id} className="border-b border-border align-top">
              <td className="py-2 pr-4">
                {k.name}
                {/* Small screens: the key's prefix and last use under its name. */}
                <span className="block font-mono text-xs text-fg-muted sm:hidden">{k.prefix}…</span>
                <span className="block text-xs text-fg-muted sm:hidden">
                  {k.lastUsedAt
                    ? k.lastUsedIp
                      ? t('lastUsedAtFrom', { at: formatDateTime(k.lastUsedAt), ip: k.lastUsedIp })
                      : t('lastUsedAt', { at: formatDateTime(k.lastUsedAt) })
                    : t('lastUsedNever')}
                </span>
              </td>
              <td className="hidden py-2 pr-4 font-mono whitespace-nowrap sm:table-cell">{k.prefix}…</td>
              <td className="hidden py-2 pr-4 md:table-cell">
                {formatDateTime(k.createdAt)}
                {k.createdBy ? (
                  <span className="block break-all text-fg-muted">{t('by', { createdBy: k.createdBy })}</span>
                ) : null}
              </td>
              <td className="hidden py-2 pr-4 sm:table-cell">
                {k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t('never')}
                {k.lastUsedIp ? (
                  <span className="block font-mono text-fg-muted">{t('from', { lastUsedIp: k.lastUsedIp })}</span>
                ) : null}
              </td>
              <td className="py-2 pr-4">
                {k.revokedAt ? (
                  <span className="text-danger">
                    {t('revoked')} {formatDateTime(k.revokedAt)}
                    {k.revokedBy ? (
                      <span className="block break-all text-fg-muted">{t('by2', { revokedBy: k.revokedBy })}</span>
                    ) : null}
                  </span>
                ) : (
                  <span className="text-ok">{t('active')}</span>
                )}
              </td>
              <td className="py-2 text-right">
                {k.revokedAt ? null : (
                  <Button
                    variant="secondary"
                    onClick={() => setConfirming(k)}
                    aria-label={`Revoke ${k.name} (${k.prefix})`}
                  >
                    {t('revoke2')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {confirming ? <ConfirmRevoke apiKey={confirming} onDone={(ok) => revoke(confirming, ok)} /> : null}
    </div>
  );
}
