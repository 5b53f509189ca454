import { getConsoleTranslator } from '@/lib/i18n/console';
import type { Metadata } from 'next';
import { NotificationList } from '@/components/notifications/notification-list';
import { PreferencesForm } from '@/components/notifications/preferences-form';
import { requireSession } from '@/lib/dal';
import { listMyNotifications } from '@/lib/notifications/my-notifications';
import { getMyPreferences } from '@/lib/notifications/preferences';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getConsoleTranslator('account.page.notifications');
  return { title: t('metaTitle') };
}

export default async function NotificationsPage() {
  const t = await getConsoleTranslator('account.page.notifications');
  const ctx = await requireSession();
  const [{ items, unread }, preferences] = await Promise.all([listMyNotifications(ctx), getMyPreferences(ctx)]);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">{t('notifications')}</h1>
        <p className="mt-1 text-fg-muted">{t('securityEventsAboutYour')}</p>
      </div>
      <section aria-labelledby="recent" className="space-y-3">
        <h2 id="recent" className="text-xl font-semibold">
          {t('recent')}
        </h2>
        <NotificationList items={items} unread={unread} />
      </section>
      <section aria-labelledby="prefs" className="space-y-3">
        <h2 id="prefs" className="text-xl font-semibold">
          {t('whatWeTellYou')}
        </h2>
        <p className="text-sm text-fg-muted">{t('securityNotificationsAlwaysReach')}</p>
        <PreferencesForm preferences={preferences} />
      </section>
    </div>
  );
}
