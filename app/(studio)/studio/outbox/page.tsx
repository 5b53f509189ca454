import { requirePermission } from '@/lib/dal';
import { listOutbox } from '@/lib/mail/list-outbox';
import { formatDateTime } from '@/lib/ui/format';
import { loadOrRefuse } from '../abuse/load';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';

export const generateMetadata = consoleTitle('studio.outbox', 'title');

export default async function OutboxPage() {
  const ctx = await requirePermission('content:publish');
  const messages = await loadOrRefuse(() => listOutbox(ctx));
  const t = await getConsoleTranslator('studio.outbox');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-1 max-w-2xl text-fg-muted">{t('intro', { count: messages.length ? messages.length : '' })}</p>
      </div>
      {messages.length === 0 ? (
        <p className="text-fg-muted">{t('empty')}</p>
      ) : (
        <ul className="list-none space-y-3 p-0">
          {messages.map((m) => (
            <li key={m.id} className="rounded-md border border-border p-4">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{m.subject}</span>
                  <span className="text-fg-muted">
                    {t('line', { to: m.to, at: formatDateTime(m.createdAt), status: t(`status.${m.status}`) })}
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
