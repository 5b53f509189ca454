import type { Metadata } from 'next';
import { requirePermission } from '@/lib/dal';
import { listOutbox } from '@/lib/mail/list-outbox';
import { formatDateTime } from '@/lib/ui/format';
import { loadOrRefuse } from '../abuse/load';

export const metadata: Metadata = { title: 'Outbox' };

const STATUS_LABEL = { PENDING: 'Queued', SENT: 'Kept here (not sent)', FAILED: 'Failed' } as const;

export default async function OutboxPage() {
  const ctx = await requirePermission('content:publish');
  const messages = await loadOrRefuse(() => listOutbox(ctx));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">Outbox</h1>
        <p className="mt-1 max-w-2xl text-fg-muted">
          Emails are not sent from this installation (MAIL_TRANSPORT=log, no SMTP_URL): the latest{' '}
          {messages.length ? messages.length : ''} messages it would have sent are kept here instead, newest first.
          Links in them work as they would from a mailbox. Set SMTP_URL to send them for real. Times are UTC.
        </p>
      </div>
      {messages.length === 0 ? (
        <p className="text-fg-muted">No emails yet. Invite a user or request a password reset to see one here.</p>
      ) : (
        <ul className="list-none space-y-3 p-0">
          {messages.map((m) => (
            <li key={m.id} className="rounded-md border border-border p-4">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{m.subject}</span>
                  <span className="text-fg-muted">
                    {' '}
                    — to {m.to}, {formatDateTime(m.createdAt)}, {STATUS_LABEL[m.status]}
                  </span>
                </summary>
                <pre className="mt-3 whitespace-pre-wrap break-words text-sm">{m.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
