'use client';

import { useRef } from 'react';
import type { AuditEventDTO } from '@/lib/audit/dto';
import { formatDateTime } from '@/lib/ui/format';
import { ChangesView } from './changes-view';

/** The event's full record in a side drawer (native <dialog>: focus trapped, Escape closes). */
export function EventDetails({ event, summary }: { event: AuditEventDTO; summary: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `event-${event.id}-title`;
  return (
    <>
      <button type="button" onClick={() => ref.current?.showModal()} className="text-sm text-link underline">
        Details
        <span className="sr-only">
          {' '}
          of “{summary}” at {formatDateTime(event.occurredAt)}
        </span>
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
            Close
          </button>
        </div>
        <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-fg-muted">When (UTC)</dt>
          <dd>{formatDateTime(event.occurredAt)}</dd>
          <dt className="text-fg-muted">Action</dt>
          <dd className="font-mono">{event.action}</dd>
          <dt className="text-fg-muted">Outcome</dt>
          <dd>{event.outcome.toLowerCase()}</dd>
          <dt className="text-fg-muted">Actor</dt>
          <dd>
            {event.actor.label ?? '—'}{' '}
            <span className="text-fg-muted">({event.actor.type.toLowerCase().replace('_', ' ')})</span>
          </dd>
          <dt className="text-fg-muted">Target</dt>
          <dd>{event.target.type ? `${event.target.type}: ${event.target.label ?? event.target.id ?? ''}` : '—'}</dd>
          <dt className="text-fg-muted">IP address</dt>
          <dd className="font-mono">{event.ip ?? '—'}</dd>
          <dt className="text-fg-muted">User agent</dt>
          <dd className="break-all">{event.userAgent ?? '—'}</dd>
          <dt className="text-fg-muted">Request id</dt>
          <dd className="font-mono break-all">{event.requestId ?? '—'}</dd>
        </dl>
        <h3 className="mt-6 font-semibold">Changes</h3>
        <div className="mt-2">
          <ChangesView changes={event.changes} />
        </div>
        <h3 className="mt-6 font-semibold">Integrity</h3>
        <dl className="mt-2 space-y-1 text-xs">
          <dt className="text-fg-muted">Sequence</dt>
          <dd className="font-mono">{event.seq}</dd>
          <dt className="text-fg-muted">Hash</dt>
          <dd className="font-mono break-all">{event.hash}</dd>
          <dt className="text-fg-muted">Previous hash</dt>
          <dd className="font-mono break-all">{event.prevHash ?? '(first event)'}</dd>
        </dl>
      </dialog>
    </>
  );
}
