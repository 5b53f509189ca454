import type { Metadata } from 'next';
import { NotificationList } from '@/components/notifications/notification-list';
import { PreferencesForm } from '@/components/notifications/preferences-form';
import { requireSession } from '@/lib/dal';
import { listMyNotifications } from '@/lib/notifications/my-notifications';
import { getMyPreferences } from '@/lib/notifications/preferences';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const ctx = await requireSession();
  const [{ items, unread }, preferences] = await Promise.all([listMyNotifications(ctx), getMyPreferences(ctx)]);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">Notifications</h1>
        <p className="mt-1 text-fg-muted">Security events about your account and your organization.</p>
      </div>
      <section aria-labelledby="recent" className="space-y-3">
        <h2 id="recent" className="text-xl font-semibold">
          Recent
        </h2>
        <NotificationList items={items} unread={unread} />
      </section>
      <section aria-labelledby="prefs" className="space-y-3">
        <h2 id="prefs" className="text-xl font-semibold">
          What we tell you
        </h2>
        <p className="text-sm text-fg-muted">
          Security notifications always reach you. Choose how you hear about the others.
        </p>
        <PreferencesForm preferences={preferences} />
      </section>
    </div>
  );
}
