'use client';

import { useTranslations } from 'use-intl';
import { useRef } from 'react';
import type { AuditEventDTO } from '@/lib/audit/dto';
import { formatDateTime } from '@/lib/ui/format';
import { ChangesView } from './changes-view';

/** The event's full record in a side drawer (native <dialog>: focus trapped, Escape closes). */
export function EventDetails({ event, summary }: { event: AuditEventDTO; summary: string }) {
  const t = useTranslations('account.audit.eventDetails');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `event-${event.id}-title`;
  return (
    <>
      <button type="button" onClick={() => ref.current?.showModal()} className="text-sm text-link underline">
        {t.rich('detailsOfAt', {
          summary: summary,
          occurredAt: formatDateTime(event.occurredAt),
          span: (chunks) => <span className="sr-only">{chunks}</span>,
        })}
      </button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        className="ml-auto mr-0 h-full max-h-none w-full max-w-xl overflow-y-auto border-l border-border bg-bg p-6 text-fg backdrop:bg-black/40"
      >
        <div className="flex items-start justify-between gap-4">
          <h2 id={titleId} className="text-lg font-semibold">
            {summary}
          </h2>
          <button
            type="button"
            onClick={() => ref.current?.close()}
            className="rounded-md border border-border px-3 py-1 text-sm"
          >
            {t('close')}
          </button>
        </div>
        <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-fg-muted">{t('whenUtc')}</dt>
          <dd>{formatDateTime(event.occurredAt)}</dd>
          <dt className="text-fg-muted">{t('action')}</dt>
          <dd className="font-mono">{event.action}</dd>
          <dt className="text-fg-muted">{t('outcome')}</dt>
          <dd>{event.outcome.toLowerCase()}</dd>
          <dt className="text-fg-muted">{t('actor')}</dt>
          <dd>
            {event.actor.label ?? '—'}{' '}
            <span className="text-fg-muted">({event.actor.type.toLowerCase().replace('_', ' ')})</span>
          </dd>
          <dt className="text-fg-muted">{t('target')}</dt>
          <dd>{event.target.type ? `${event.target.type}: ${event.target.label ?? event.target.id ?? ''}` : '—'}</dd>
          <dt className="text-fg-muted">{t('ipAddress')}</dt>
          <dd className="font-mono">{event.ip ?? '—'}</dd>
          <dt className="text-fg-muted">{t('userAgent')}</dt>
          <dd className="break-all">{event.userAgent ?? '—'}</dd>
          <dt className="text-fg-muted">{t('requestId')}</dt>
          <dd className="font-mono break-all">{event.requestId ?? '—'}</dd>
        </dl>
        <h3 className="mt-6 font-semibold">{t('changes')}</h3>
        <div className="mt-2">
          <ChangesView changes={event.changes} />
        </div>
        <h3 className="mt-6 font-semibold">{t('integrity')}</h3>
        <dl className="mt-2 space-y-1 text-xs">
          <dt className="text-fg-muted">{t('sequence')}</dt>
          <dd className="font-mono">{event.seq}</dd>
          <dt className="text-fg-muted">{t('hash')}</dt>
          <dd className="font-mono break-all">{event.hash}</dd>
          <dt className="text-fg-muted">{t('previousHash')}</dt>
          <dd className="font-mono break-all">{event.prevHash ?? t('firstEvent')}</dd>
        </dl>
      </dialog>
    </>
  );
}
