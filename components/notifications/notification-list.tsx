'use client';

import { useTranslations } from 'use-intl';
import Link from 'next/link';
import { markReadAction } from '@/app/(account)/account/notifications/actions';
import { Alert } from '@/components/ui/alert';
import type { NotificationDTO } from '@/lib/notifications/my-notifications';
import { formatDateTime } from '@/lib/ui/format';
import { useFormAction } from '@/components/ui/use-form-action';

function MarkRead({ id, title }: { id?: string; title?: string }) {
  const t = useTranslations('account.notifications.notificationList');
  const { state, formProps, pending } = useFormAction(markReadAction);
  return (
    <form {...formProps} className="inline">
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <button type="submit" disabled={pending} className="text-sm text-link underline disabled:opacity-60">
        {id ? (
          <>
            {t('markAsRead')}
            <span className="sr-only">{`: ${title}`}</span>
          </>
        ) : (
          t('markAllAsRead')
        )}
      </button>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
    </form>
  );
}

export function NotificationList({ items, unread }: { items: NotificationDTO[]; unread: number }) {
  const t = useTranslations('account.notifications.notificationList');
  if (items.length === 0) return <p className="text-fg-muted">{t('noNotificationsYetImportant')}</p>;
  return (
    <div className="space-y-3">
      <p className="flex items-center gap-4 text-sm">
        <span>{unread === 0 ? t('allCaughtUp') : `${unread} unread`}</span>
        {unread > 0 ? <MarkRead /> : null}
      </p>
      <ul className="divide-y divide-border rounded-md border border-border">
        {items.map((n) => (
          <li key={n.id} className={`p-4 ${n.read ? '' : 'bg-bg-subtle'}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-semibold">
                {n.read ? null : (
                  <span className="mr-2 rounded bg-brand px-1.5 py-0.5 text-xs text-white">
                    {t.rich('new', { span: (chunks) => <span className="sr-only">{chunks}</span> })}
                  </span>
                )}
                {n.title}
              </p>
              <time dateTime={n.createdAt} className="text-sm text-fg-muted">
                {formatDateTime(n.createdAt)}
              </time>
            </div>
            <p className="mt-1 text-sm">{n.body}</p>
            <p className="mt-2 flex gap-4 text-sm">
              {n.link ? <Link href={n.link}>{t('review')}</Link> : null}
              {n.read ? null : <MarkRead id={n.id} title={n.title} />}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
